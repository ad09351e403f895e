/**
 * Backups of the SQLite data file and their restore. A backup is a consistent copy of the live file (SQLite's online
 * backup API: safe while the server writes in WAL mode), given an epoch of its own; a restore puts a copy in place of
 * the data file, with the server stopped, and gives it a new epoch again. Either way the restored file's epoch is
 * one no phone has seen, which is how phones learn that the server may have forgotten what it acknowledged to them
 * (docs/sync-protocol.md, "After a restore"): a copy put back by hand is recognised as well as one put back by
 * `npm run restore`, and a backup restored twice is still recognised the second time.
 */
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { migrate, renewEpoch } from './sqlite-store';

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
  const copy = new Database(destination, { fileMustExist: true });
  try {
    // A file written by a release before the epoch existed gets it here, as the server would at its next start.
    migrate(copy);
    renewEpoch(copy);
    // One self-contained file: a copy left in WAL mode grows -wal and -shm files beside it whenever it is read.
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

export interface RestoreResult {
  /** The epoch the data file now has. */
  epoch: string;
  /** Where the data file that was replaced was kept, or null when there was none. */
  previous: string | null;
}

/**
 * Puts a backup in place of the data file: the backup is copied (it stays as it is), checked, migrated and given a
 * new epoch, then the data file it replaces is kept beside it as `<file>.before-restore-<stamp>`. Refused while a
 * server has the data file open, and when the backup is not a sound SQLite file; nothing is changed then.
 */
export async function restoreDataFile(backup: string, dataFile: string, stamp: string): Promise<RestoreResult> {
  if (!existsSync(backup)) throw new Error(`Sauvegarde introuvable : ${backup}.`);
  const staging = `${dataFile}.restoring`;
  rmSync(staging, { force: true });
  mkdirSync(path.dirname(dataFile), { recursive: true });
  const source = new Database(backup, { readonly: true, fileMustExist: true });
  try {
    await source.backup(staging);
  } finally {
    source.close();
  }
  const restored = new Database(staging, { fileMustExist: true });
  let epoch: string;
  try {
    const check = restored.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new Error(`La sauvegarde ${backup} est endommagée (${String(check)}) : rien n’a été changé.`);
    migrate(restored);
    epoch = renewEpoch(restored);
  } catch (error) {
    restored.close();
    rmSync(staging, { force: true });
    throw error;
  } finally {
    if (restored.open) restored.close();
  }
  let previous: string | null = null;
  if (existsSync(dataFile)) {
    const live = new Database(dataFile, { fileMustExist: true });
    try {
      // Leaving WAL mode needs the only connection to the file: it fails while a server holds it open. It also folds
      // the write-ahead log into the file, so that the file kept aside is whole on its own.
      live.pragma('journal_mode = DELETE');
    } catch {
      rmSync(staging, { force: true });
      throw new Error(`${dataFile} est ouvert par un serveur Court-circuit : arrêtez-le avant de restaurer, rien n’a été changé.`);
    } finally {
      live.close();
    }
    previous = `${dataFile}.before-restore-${stamp}`;
    renameSync(dataFile, previous);
  }
  renameSync(staging, dataFile);
  return { epoch, previous };
}
