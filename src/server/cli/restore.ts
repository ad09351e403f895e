/**
 * Puts a backup in place of the server's data file, the server stopped:
 *   npm run restore -- <backup file>
 * The file replaced is kept beside it (<data file>.before-restore-<date>). Phones resume on their own at their next
 * sync and send again what they had sent since the backup and still hold (docs/sync-protocol.md, "After a restore").
 */
import path from 'node:path';
import { restoreDataFile } from '../store/backup';

const backup = process.argv[2];
if (!backup) {
  console.error('Usage : npm run restore -- <fichier de sauvegarde>');
  process.exit(1);
}
const dataFile = path.resolve(process.env.COURT_CIRCUIT_DATA ?? 'data/court-circuit.sqlite');
const stamp = new Date().toISOString().slice(0, 19).replaceAll(':', '-');

try {
  const { previous } = await restoreDataFile(path.resolve(backup), dataFile, stamp);
  console.log(`Sauvegarde restaurée dans ${dataFile}.`);
  if (previous) console.log(`Les données remplacées sont gardées dans ${previous}.`);
  console.log('Redémarrez le serveur : les téléphones reprendront seuls à leur prochaine synchronisation.');
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
