// Lint rules, including the one-way imports of ../shared/ARCHITECTURE.md (domain ← db ← sync ← features ← app).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const features = [
  'stand',
  'members',
  'producers',
  'groups',
  'settings',
  'sync',
  'contracts',
  'distributions',
  'checkoff',
  'producer-view',
  'overview',
  'import',
  'programme',
];

const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const layer = (names, message) => ({ group: names.flatMap((n) => [`**/${n}`, `**/${n}/**`]), message });
const dexieOnlyInDb = { group: ['dexie'], message: 'Only src/db talks to Dexie.' };

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
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })] },
    rules: {
      'import-x/no-cycle': 'error',
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/domain/**'],
    rules: restrict([
      layer(['db', 'sync', 'features', 'ui', 'i18n', 'pwa', 'app', 'server'], 'src/domain is pure: it imports nothing of ours.'),
      { group: ['react', 'react-dom', 'dexie', 'dexie-react-hooks', 'zustand'], message: 'src/domain has no React, Dexie or UI state.' },
    ]),
  },
  {
    files: ['src/domain/**', 'src/db/**', 'src/features/**', 'src/ui/**', 'src/i18n/**', 'src/pwa/**', 'src/app/**'],
    rules: { 'no-restricted-globals': ['error', { name: 'fetch', message: 'Only src/sync talks to the server.' }] },
  },
  {
    files: ['src/db/**'],
    rules: restrict([layer(['sync', 'features', 'ui', 'i18n', 'pwa', 'app', 'server'], 'src/db imports only domain.')]),
  },
  {
    files: ['src/sync/**'],
    rules: restrict([layer(['features', 'ui', 'i18n', 'pwa', 'app', 'server'], 'src/sync imports only domain and db.'), dexieOnlyInDb]),
  },
  ...features.map((feature) => ({
    files: [`src/features/${feature}/**`],
    rules: restrict([
      layer(['app', 'server'], 'A feature does not import the app or the server.'),
      layer(
        features.filter((f) => f !== feature).map((f) => `features/${f}`),
        'No feature imports another feature.',
      ),
      dexieOnlyInDb,
    ]),
  })),
  {
    files: ['src/ui/**', 'src/i18n/**', 'src/pwa/**'],
    rules: restrict([layer(['db', 'sync', 'features', 'app', 'server'], 'ui, i18n and pwa import only domain.'), dexieOnlyInDb]),
  },
  {
    files: ['src/app/**'],
    rules: restrict([layer(['server'], 'The app does not import the server.'), dexieOnlyInDb]),
  },
  {
    files: ['src/server/**'],
    rules: restrict([
      // Relative patterns: the server has its own app.ts, which is not the client's src/app.
      {
        group: ['db', 'features', 'ui', 'i18n', 'pwa', 'app'].flatMap((n) =>
          ['../', '../../', '../../../'].flatMap((up) => [`${up}${n}`, `${up}${n}/**`]),
        ),
        message: 'The server imports only domain and sync/protocol.',
      },
      dexieOnlyInDb,
    ]),
  },
);
