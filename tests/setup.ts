import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// On a busy 2-core machine a live query can take more than the default second to show; waiting longer costs
// nothing when the screen is quick.
configure({ asyncUtilTimeout: 4000 });

afterEach(() => {
  cleanup();
});
