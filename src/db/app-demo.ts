/** Removing the example territory from the app's database (see demo.ts); loading it is the settings screen's. */
import { db } from './database';
import { clearDemo } from './demo';
import type { MutationResult } from './mutate';

export const removeDemo = (): Promise<MutationResult> => clearDemo(db);
