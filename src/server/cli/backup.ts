/**
 * Copies the server's data file while the server runs:
 *   npm run backup -- [destination]     (default: ./backups/court-circuit-YYYY-MM-DDTHH-MM-SS.sqlite)
 * Restore it with `npm run restore -- <file>`, the server stopped (src/server/cli/restore.ts).
 */
import path from 'node:path';
import { backupDataFile } from '../store/backup';

const source = path.resolve(process.env.COURT_CIRCUIT_DATA ?? 'data/court-circuit.sqlite');
const stamp = new Date().toISOString().slice(0, 19).replaceAll(':', '-');
const destination = path.resolve(process.argv[2] ?? path.join('backups', `court-circuit-${stamp}.sqlite`));

try {
  await backupDataFile(source, destination);
  console.log(`Sauvegarde écrite : ${destination}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
