/**
 * `npm start`: the sync server and the app on 127.0.0.1 (PORT, default 4173), data in COURT_CIRCUIT_DATA
 * (default ./data/court-circuit.sqlite), or in PostgreSQL when DATABASE_URL is set (postgres://…). Stops cleanly on SIGTERM/SIGINT: requests in course finish, the
 * database is closed. It runs bundled (dist-server/main.mjs, scripts/build-server.mjs), not through tsx.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './server';

const DEFAULT_PORT = 4173;

/** The project's folder: the nearest one above this module with a package.json (src/server/ or the bundle's dist-server/). */
function projectRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('No package.json above the server: run it from the project folder.');
    dir = parent;
  }
  return dir;
}
const root = projectRoot();

function readPort(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${value}"`);
  return port;
}

const distDir = path.resolve(process.env.COURT_CIRCUIT_DIST ?? path.join(root, 'dist'));
if (!existsSync(path.join(distDir, 'index.html'))) {
  console.error(`No build in ${distDir}: run "npm run build" (or "npm start", which builds when needed).`);
  process.exit(1);
}

const port = readPort(process.env.PORT);
const server = await startServer({
  dataFile: path.resolve(process.env.COURT_CIRCUIT_DATA ?? path.join(root, 'data', 'court-circuit.sqlite')),
  databaseUrl: process.env.DATABASE_URL,
  distDir,
  host: process.env.HOST ?? '127.0.0.1',
  port,
  env: process.env,
  // Structured JSON logs (pino); LOG_LEVEL=debug for more, =silent for none.
  logger: { level: process.env.LOG_LEVEL ?? 'info' },
  say: (line) => console.log(line),
}).catch((error: unknown) => {
  if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
  console.error(`Le port ${port} est déjà pris (un autre Court-circuit tourne ?) : arrêtez-le, ou choisissez un autre port avec PORT=…`);
  process.exit(1);
});
console.log(`Court-circuit : ${server.url}`);

let closing = false;
function shutdown(signal: NodeJS.Signals) {
  if (closing) return;
  closing = true;
  console.log(`${signal} : arrêt du serveur…`);
  server.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
process.once('SIGTERM', shutdown);
process.once('SIGINT', shutdown);
