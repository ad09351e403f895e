/**
 * The empty app of the benchmarks: the same stack as Court-circuit (React, Dexie, vite-plugin-pwa with a
 * generateSW worker and registerType 'prompt'), none of its code. Built into tests/bench/empty-app/dist.
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  logLevel: 'warn',
  plugins: [
    react(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeManifestIcons: false,
      manifest: { name: 'Application vide', short_name: 'Vide', start_url: '/', scope: '/', display: 'standalone', icons: [] },
      workbox: {
        globPatterns: ['**/*.{js,css,html}'],
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: { target: 'es2022', outDir: 'dist', emptyOutDir: true, sourcemap: false, manifest: true },
});
