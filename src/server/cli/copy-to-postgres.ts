/**
 * Moves a territory from its SQLite file to PostgreSQL, the server stopped:
 *   DATABASE_URL=postgres://… npm run store:copy -- [data file]     (default: COURT_CIRCUIT_DATA or ./data/court-circuit.sqlite)
 * The database must be empty (just created). The copy is checked against the file; then start the server with
 * DATABASE_URL set, and the phones go on syncing as before.
 */
import path from 'node:path';
import { copySqliteToPostgres } from '../store/copy-to-postgres';
import { isPostgresUrl } from '../store/open-store';

const file = path.resolve(process.argv[2] ?? process.env.COURT_CIRCUIT_DATA ?? 'data/court-circuit.sqlite');
const url = process.env.DATABASE_URL?.trim() ?? '';

if (!isPostgresUrl(url)) {
  console.error('Donnez la base de destination : DATABASE_URL=postgres://… npm run store:copy -- [fichier]');
  process.exit(1);
}
try {
  const report = await copySqliteToPostgres(file, url);
  for (const table of report.tables) console.log(`${table.table} : ${table.rows} lignes, identiques`);
  console.log(`Copie vérifiée : dernière version ${report.latestVersion}, époque ${report.epoch}. Démarrez le serveur avec DATABASE_URL.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
