/// <reference types="vitest/config" />
import { defineConfig, type PluginOption } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { earlyReadScript, isEarlyReadWorker } from './src/db/early-checkoff/inline-script.ts';
import { precompress } from './scripts/precompress.ts';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
const underVitest = Boolean(process.env.VITEST);
// The e2e "new version deployed" test rebuilds with a different build id to make the service worker change.
const buildId = process.env.COURT_CIRCUIT_BUILD_ID ?? new Date().toISOString();

// The build id goes into index.html, so each build changes the precache manifest and thus sw.js: that is what
// makes browsers see a new version. The e2e update test reads it back from this meta.
function buildIdMeta(): PluginOption {
  return {
    name: 'court-circuit-build-id',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { name: 'build-id', content: buildId }, injectTo: 'head' }],
  };
}

// src/app/start-early.ts is an entry of its own, run by index.html as soon as it and the database code are loaded
// (async), not after the whole app is compiled: a screen opened by a link starts reading its data meanwhile.
const EARLY_ENTRY = 'start-early';

function earlyEntryScript(): PluginOption {
  return {
    name: 'court-circuit-early-entry',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const chunk = Object.values(context.bundle ?? {}).find(
          (file) => file.type === 'chunk' && file.isEntry && file.name === EARLY_ENTRY,
        );
        if (!chunk) return [];
        return [{ tag: 'script', attrs: { type: 'module', async: true, crossorigin: true, src: `/${chunk.fileName}` }, injectTo: 'head' }];
      },
    },
  };
}

// A check-off opened cold has its data read by a worker started by the page's very first script, as index.html is
// parsed (src/db/early-checkoff/, where all of that fast start lives): here it is only put in the page.
function earlyCheckoffRead(): PluginOption {
  return {
    name: 'court-circuit-early-checkoff-read',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const worker = Object.values(context.bundle ?? {}).find((file) => file.type === 'asset' && isEarlyReadWorker(file.fileName));
        return worker ? [{ tag: 'script', children: earlyReadScript(`/${worker.fileName}`), injectTo: 'head' }] : [];
      },
    },
  };
}

// V8's explicit compile hint: the functions of the code every start runs (the entries and what they import) are
// compiled with the script, off the main thread while it streams in, instead of one by one on the main thread the
// first time each is called. On a phone slowed 4x, that first render was mostly such lazy compiles.
function compileHints(): PluginOption {
  return {
    name: 'court-circuit-compile-hints',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const atStart = new Set<string>();
        const add = (fileName: string) => {
          const file = bundle[fileName];
          if (file?.type !== 'chunk' || atStart.has(fileName)) return;
          atStart.add(fileName);
          file.imports.forEach(add);
        };
        for (const file of Object.values(bundle)) {
          if (file.type !== 'chunk' || !file.isEntry) continue;
          add(file.fileName);
          // What the early entry loads for a linked screen is run at that start too.
          if (file.name === EARLY_ENTRY) file.dynamicImports.forEach(add);
        }
        for (const fileName of atStart) {
          const file = bundle[fileName];
          if (file?.type === 'chunk') file.code = `//# allFunctionsCalledOnLoad\n${file.code}`;
        }
      },
    },
  };
}

function pwa(): PluginOption {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    includeManifestIcons: false,
    manifest: {
      name: 'Court-circuit — circuits courts de quartier',
      short_name: 'Court-circuit',
      description: 'Inscriptions, producteurs, groupes et distributions des circuits courts, même sans réseau.',
      lang: 'fr',
      dir: 'ltr',
      start_url: '/',
      scope: '/',
      id: '/',
      display: 'standalone',
      orientation: 'portrait',
      theme_color: '#2f6b3a',
      background_color: '#f7f5ee',
      icons: [
        { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      // No webmanifest here: the plugin adds the manifest to the precache itself.
      globPatterns: ['**/*.{js,css,html,svg,png,ico,json}'],
      navigateFallback: '/index.html',
      // The API (the live channel /api/sync/events included) is never answered from the cache nor by the worker: sync
      // needs the truth or a clear failure, and a stream held by the worker would never reach the page. No
      // runtimeCaching: the worker answers only precached files and navigations outside /api/.
      navigateFallbackDenylist: [/^\/api\//],
      cleanupOutdatedCaches: true,
    },
  });
}

/** Tests that run a second time on PostgreSQL; the others read SQLite's file or test SQLite itself. */
const POSTGRES_TESTS = [
  'tests/server/abuse-corpus.test.ts',
  'tests/server/role-access-distribution.test.ts',
  'tests/server/role-access-programme.test.ts',
  'tests/server/shared-events.test.ts',
  'tests/server/mutation-rules.test.ts',
  'tests/server/live-events.test.ts',
  'tests/server/version-watch.test.ts',
  'tests/server/role-access.test.ts',
  'tests/server/handed-over-phone.test.ts',
  'tests/server/auth.test.ts',
  'tests/sync/engine.test.ts',
  'tests/sync/faults.test.ts',
  'tests/sync/concurrent-merges.test.ts',
  'tests/sync/convergence.property.test.ts',
];

export default defineConfig({
  plugins: [
    react(),
    ...(underVitest ? [] : [buildIdMeta(), earlyEntryScript(), earlyCheckoffRead(), compileHints(), pwa(), precompress()]),
  ],
  define: {
    __APP_VERSION__: JSON.stringify(pkg.version),
    __BUILD_ID__: JSON.stringify(buildId),
  },
  resolve: underVitest
    ? { alias: { 'virtual:pwa-register/react': fileURLToPath(new URL('./tests/mocks/pwa-register-react.ts', import.meta.url)) } }
    : {},
  // The manifest lets scripts/size.mjs find the entry and the start route's chunks.
  build: {
    target: 'es2022',
    sourcemap: false,
    manifest: true,
    rollupOptions: {
      input: {
        index: fileURLToPath(new URL('./index.html', import.meta.url)),
        [EARLY_ENTRY]: fileURLToPath(new URL('./src/app/start-early.ts', import.meta.url)),
      },
    },
  },
  // A module worker (checkoff-read.worker.ts), as its constructor says: the default would emit a classic script.
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  test: {
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    // Screens driven by user-event on a loaded 2-core machine: the default 5 s is too tight, never too loose.
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: { name: 'sqlite', include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/server/**/*.test.ts', 'tests/sync/**/*.test.ts'] },
      },
      // The server's and the sync's tests that hold for any store, again on PostgreSQL (tests/helpers/test-stores.ts).
      { extends: true, test: { name: 'postgres', include: POSTGRES_TESTS, env: { COURT_CIRCUIT_TEST_STORE: 'postgres' } } },
    ],
  },
});
