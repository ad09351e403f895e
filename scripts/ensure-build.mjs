// Builds dist/ if any source is newer than it (see build-freshness.mjs); the e2e suite runs on the real build.
import { ensureBuild } from './build-freshness.mjs';

try {
  ensureBuild();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
