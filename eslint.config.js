// Lint rules, including the one-way imports between the folders of src (../shared/ARCHITECTURE.md, "Layers"). The
// zones work on the resolved file, not on how the import is spelt: '../stand/stand-screen' is caught like any path.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const root = import.meta.dirname;

// The files of `target` may import, of src, only `allowed` (folders or files, relative to src, own folder included).
const mayImport = (target, allowed, message) => ({ target, from: 'src', except: allowed.map((path) => `./${path}`), message });

const shared = ['domain', 'data', 'db', 'sync', 'ui', 'i18n', 'pwa'];

// Read at each load, so that a new feature folder is covered without editing this file.
const features = readdirSync(`${root}/src/features`, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const layers = [
  mayImport('src/domain', ['domain'], 'src/domain imports only src/domain.'),
  mayImport('src/data', ['data', 'domain'], 'src/data imports only src/domain.'),
  mayImport('src/db', ['db', 'domain'], 'src/db imports only src/domain.'),
  mayImport('src/sync', ['sync', 'domain', 'db'], 'src/sync imports only src/domain and src/db.'),
  mayImport('src/ui', ['ui', 'domain', 'i18n'], 'src/ui imports only src/domain and src/i18n.'),
  mayImport('src/i18n', ['i18n', 'domain'], 'src/i18n imports only src/domain.'),
  mayImport('src/pwa', ['pwa', 'domain', 'i18n'], 'src/pwa imports only src/domain and src/i18n.'),
  mayImport(
    'src/features',
    [...shared, 'features'],
    'A feature imports only src/domain, data, db, sync, ui, i18n, pwa and its own folder: never src/app or src/server.',
  ),
  // Per feature, the files of every other feature folder (one made after this load too) may not import it.
  ...features.map((feature) => ({
    target: `src/features/!(${feature})/**`,
    from: `src/features/${feature}`,
    message: 'No feature imports another feature: what two features share belongs in a shared folder.',
  })),
  mayImport(['src/app', 'src/main.tsx'], [...shared, 'features', 'app'], 'The app imports all the client code, never src/server.'),
  mayImport(
    'src/server',
    ['server', 'domain', 'data', 'sync/protocol.ts'],
    'src/server imports only src/domain, src/data and src/sync/protocol.ts.',
  ),
  {
    target: ['vite.config.ts', 'playwright.config.ts'],
    from: ['src/features', 'src/app'],
    message: 'The build and test configurations do not import features or the app.',
  },
];

const noPackages = (names, message) => ({ group: names.flatMap((name) => [name, `${name}/*`]), message });
const dexieOnlyInDb = noPackages(['dexie', 'dexie-react-hooks'], 'Only src/db talks to Dexie: read through a named hook of src/db.');
const databaseOnlyInDb = {
  regex: '(^|/)db/database(\\.[jt]s)?$',
  importNames: ['db'],
  message: 'Only src/db uses the database object: read through a named hook of src/db, write through a mutator.',
};
// Through src/domain/zod.ts, which sets zod up before any schema is made; types may come from zod itself.
const zodThroughItsSetup = {
  regex: '^zod(/.*)?$',
  allowTypeImports: true,
  message: 'Import z from src/domain/zod.ts, which sets zod up for the page it runs in.',
};
// Dexie is refused in src/domain by dexieOnlyInDb, which applies there too.
const domainIsPure = noPackages(
  ['react', 'react-dom', 'zustand', 'i18next', 'react-i18next', 'wouter', 'fastify', 'better-sqlite3', 'pg'],
  'src/domain is pure logic: no React, UI state, translations, routing, server or database driver.',
);

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-next/**',
      'dist-server/**',
      'reports/**',
      'node_modules/**',
      'coverage/**',
      'test-results/**',
      'playwright-report/**',
      'data/**',
      'tests/bench/empty-app/dist/**',
      'tests/bench/results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
      // Without these, import-x reads the imports of .js files only, and no-cycle never sees a TypeScript cycle.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs', '.cjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: layers }],
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**'],
    ignores: ['src/sync/**'],
    rules: { 'no-restricted-globals': ['error', { name: 'fetch', message: 'Only src/sync talks to the server.' }] },
  },
  {
    files: ['src/**'],
    ignores: ['src/db/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [dexieOnlyInDb, databaseOnlyInDb, zodThroughItsSetup] }] },
  },
  {
    files: ['src/db/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [zodThroughItsSetup] }] },
  },
  {
    // The sync engine is handed the app's database here, to give it to src/db's functions; it never calls Dexie.
    files: ['src/sync/app-sync.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [dexieOnlyInDb, zodThroughItsSetup] }] },
  },
  {
    // Replaces the block above for src/domain (a rule's options are not merged across blocks), so it repeats it.
    files: ['src/domain/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [domainIsPure, dexieOnlyInDb, databaseOnlyInDb, zodThroughItsSetup] }] },
  },
  {
    files: ['src/domain/zod.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [domainIsPure] }] },
  },
);
