/** Starts the server on 127.0.0.1 (PORT, default 4173) and stops it cleanly on SIGTERM/SIGINT. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildStaticServer } from './static-server';

const DEFAULT_PORT = 4173;

function readPort(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${value}"`);
  return port;
}

const host = process.env.HOST ?? '127.0.0.1';
const port = readPort(process.env.PORT);
const distDir = path.resolve(process.env.COURT_CIRCUIT_DIST ?? fileURLToPath(new URL('../../dist', import.meta.url)));

if (!existsSync(path.join(distDir, 'index.html'))) {
  console.error(`No build in ${distDir}: run "npm run build" (or "npm start", which builds when needed).`);
  process.exit(1);
}

const app = await buildStaticServer({ distDir });
await app.listen({ host, port });
const address = app.server.address();
const actualPort = typeof address === 'object' && address ? address.port : port;
console.log(`Court-circuit : http://${host}:${actualPort}`);

let closing = false;
function shutdown(signal: NodeJS.Signals) {
  if (closing) return;
  closing = true;
  console.log(`${signal} : arrêt du serveur…`);
  app.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
process.once('SIGTERM', shutdown);
process.once('SIGINT', shutdown);
