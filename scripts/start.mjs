// `npm start`: builds dist/ when it is stale, then serves it with the Fastify server (TypeScript run through tsx).
import { register } from 'tsx/esm/api';
import { ensureBuild } from './build-freshness.mjs';

try {
  ensureBuild();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
register();
await import('../src/server/main.ts');
