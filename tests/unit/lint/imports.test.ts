// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { messagesFor, projectLinter } from './project-linter';

const IMPORTS = 'no-restricted-imports';
const GLOBALS = 'no-restricted-globals';
const eslint = projectLinter(IMPORTS, GLOBALS);

/** The lines of `code` (from 1) that `rule` reports, linted as `file`. */
async function reportedLines(file: string, code: string, rule: string): Promise<number[]> {
  const messages = await messagesFor(eslint, file, code);
  return messages.filter((message) => message.ruleId === rule).map((message) => message.line);
}

describe('the packages and objects one folder owns (no-restricted-imports)', () => {
  it('src/domain imports no React, Dexie, UI state, translations, routing, server or database driver', async () => {
    const forbidden = [
      'react',
      'react-dom/client',
      'dexie',
      'dexie-react-hooks',
      'zustand',
      'i18next',
      'react-i18next',
      'wouter',
      'fastify',
      'better-sqlite3',
      'pg',
    ];
    const code = [...forbidden, 'ulid'].map((name) => `import '${name}';`).join('\n');
    expect(await reportedLines('src/domain/rows/probe.ts', code, IMPORTS)).toEqual(forbidden.map((_, index) => index + 1));
    // The same packages are fine in a screen (except Dexie's, below).
    expect(
      await reportedLines('src/features/members/probe.ts', "import 'react';\nimport 'react-i18next';\nimport 'wouter';", IMPORTS),
    ).toEqual([]);
  });

  it('zod comes through src/domain/zod.ts, which sets it up before any schema is made; its types from zod itself', async () => {
    const code = ["import { z } from 'zod';", "import type { ZodError } from 'zod';", "import { z as mini } from 'zod/mini';"].join('\n');
    for (const file of [
      'src/domain/people/probe.ts',
      'src/db/probe.ts',
      'src/sync/probe.ts',
      'src/features/stand/probe.ts',
      'src/server/probe.ts',
    ]) {
      expect(await reportedLines(file, code, IMPORTS), file).toEqual([1, 3]);
    }
    expect(await reportedLines('src/domain/zod.ts', code, IMPORTS)).toEqual([]);
  });

  it('only src/db imports dexie and dexie-react-hooks', async () => {
    const code = "import 'dexie';\nimport 'dexie-react-hooks';";
    for (const file of [
      'src/features/members/probe.ts',
      'src/app/probe.ts',
      'src/ui/probe.ts',
      'src/sync/probe.ts',
      'src/server/probe.ts',
    ]) {
      expect(await reportedLines(file, code, IMPORTS), file).toEqual([1, 2]);
    }
    expect(await reportedLines('src/db/hooks/probe.ts', code, IMPORTS)).toEqual([]);
  });

  it('only src/db imports the database object; its types are for everyone', async () => {
    const code = [
      "import type { CourtCircuitDb } from '../../db/database';",
      "import { db } from '../../db/database';",
      'export const tables = (database: CourtCircuitDb = db) => database.tables;',
    ].join('\n');
    expect(await reportedLines('src/features/members/probe.ts', code, IMPORTS)).toEqual([2]);
    expect(await reportedLines('src/app/probe.ts', code.replaceAll('../../', '../'), IMPORTS)).toEqual([2]);
    expect(await reportedLines('src/sync/probe.ts', code.replaceAll('../../db/', '../db/'), IMPORTS)).toEqual([2]);
    expect(await reportedLines('src/db/hooks/probe.ts', code.replaceAll('../../db/', '../'), IMPORTS)).toEqual([]);
  });
});

describe('the network (no-restricted-globals)', () => {
  it('only src/sync calls fetch', async () => {
    const code = "export const ping = () => fetch('/api/ping');";
    for (const folder of ['domain', 'data', 'db', 'ui', 'i18n', 'pwa', 'features/members', 'app', 'server']) {
      expect(await reportedLines(`src/${folder}/probe.ts`, code, GLOBALS), folder).toEqual([1]);
    }
    expect(await reportedLines('src/sync/probe.ts', code, GLOBALS)).toEqual([]);
  });
});
