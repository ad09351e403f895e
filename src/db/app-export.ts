/** The full copy of the app's database, for the settings screen's backup (see export.ts). */
import { db } from './database';
import { exportAll, type LocalExport } from './export';

export const exportLocalData = (now: Date = new Date()): Promise<LocalExport> => exportAll(db, now);
