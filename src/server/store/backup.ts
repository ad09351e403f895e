/** A consistent copy of a live SQLite data file (online backup API: safe while the server writes in WAL mode). */
import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';

export async function backupDataFile(source: string, destination: string): Promise<void> {
  if (!existsSync(source)) throw new Error(`Aucune donnée à sauvegarder : ${source} n’existe pas (COURT_CIRCUIT_DATA).`);
  if (existsSync(destination)) throw new Error(`${destination} existe déjà : choisissez un autre nom, rien n’a été écrit.`);
  mkdirSync(path.dirname(destination), { recursive: true });
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await db.backup(destination);
  } finally {
    db.close();
  }
}
