/**
 * A sync server in its own process, for the crash test: `node --import tsx tests/sync/crash-server.ts` with
 * CRASH_DB_FILE set. It listens on a free port of 127.0.0.1 and prints `{"port":N}` once ready; the test kills it
 * with SIGKILL, so nothing here may count on running any cleanup.
 */
import { buildApp } from '../../src/server/app';
import { SqliteStore } from '../../src/server/store/sqlite-store';
import { fullAccess } from '../../src/server/replication/access-policy';
import { authenticate } from './test-auth';

const file = process.env.CRASH_DB_FILE;
if (!file) throw new Error('CRASH_DB_FILE is required');
const store = new SqliteStore(file);
const app = await buildApp({ store, authenticate, accessFor: () => fullAccess });
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
if (address === null || typeof address === 'string') throw new Error('no TCP address');
console.log(JSON.stringify({ port: address.port }));
