// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { messagesFor, projectLinter, specifier } from './project-linter';

const eslint = projectLinter('import-x/no-restricted-paths');

// One existing module per folder of src, the targets of the imports below.
const DOMAIN = 'src/domain/rows/ids.ts';
const DATA = 'src/data/demo-dataset.ts';
const DB = 'src/db/mutate.ts';
const SYNC = 'src/sync/engine.ts';
const PROTOCOL = 'src/sync/protocol.ts';
const UI = 'src/ui/field.tsx';
const I18N = 'src/i18n/i18n.ts';
const PWA = 'src/pwa/update-checks.ts';
const STAND = 'src/features/stand/stand-screen.tsx';
const MEMBERS = 'src/features/members/use-member.ts';
const APP = 'src/app/app.tsx';
const MAIN = 'src/main.tsx';
const SERVER = 'src/server/app.ts';

/**
 * Lints `file` importing each target (allowed and forbidden mixed) and answers the targets whose import the
 * folder zones refused, with the zones' messages.
 */
async function refused(file: string, targets: readonly string[]): Promise<{ targets: string[]; messages: string[] }> {
  const code = targets.map((target) => `import '${specifier(file, target)}';`).join('\n');
  const messages = await messagesFor(eslint, file, code);
  return { targets: messages.map((message) => targets[message.line - 1]), messages: messages.map((message) => message.message) };
}

describe('the folder zones (import-x/no-restricted-paths)', () => {
  it('src/domain imports only src/domain', async () => {
    const result = await refused('src/domain/rows/probe.ts', [DOMAIN, DATA, DB, SYNC, UI, I18N, PWA, STAND, APP, SERVER]);
    expect(result.targets).toEqual([DATA, DB, SYNC, UI, I18N, PWA, STAND, APP, SERVER]);
    expect(result.messages[0]).toContain('src/domain imports only src/domain');
  });

  it('src/data imports only src/domain', async () => {
    const result = await refused('src/data/probe.ts', [DOMAIN, DATA, DB, SYNC, UI, STAND, SERVER]);
    expect(result.targets).toEqual([DB, SYNC, UI, STAND, SERVER]);
  });

  it('src/db imports only src/domain', async () => {
    const result = await refused('src/db/probe.ts', [DOMAIN, DB, DATA, SYNC, UI, I18N, STAND, APP]);
    expect(result.targets).toEqual([DATA, SYNC, UI, I18N, STAND, APP]);
  });

  it('src/sync imports only src/domain and src/db', async () => {
    const result = await refused('src/sync/probe.ts', [DOMAIN, DB, PROTOCOL, DATA, UI, I18N, PWA, STAND, APP, SERVER]);
    expect(result.targets).toEqual([DATA, UI, I18N, PWA, STAND, APP, SERVER]);
  });

  it('src/ui, src/i18n and src/pwa import only src/domain and src/i18n', async () => {
    expect((await refused('src/ui/probe.ts', [DOMAIN, I18N, UI, DB, SYNC, PWA, DATA, STAND, APP])).targets).toEqual([
      DB,
      SYNC,
      PWA,
      DATA,
      STAND,
      APP,
    ]);
    expect((await refused('src/i18n/probe.ts', [DOMAIN, UI, DB, PWA])).targets).toEqual([UI, DB, PWA]);
    expect((await refused('src/pwa/probe.ts', [DOMAIN, I18N, UI, DB, SYNC])).targets).toEqual([UI, DB, SYNC]);
  });

  it('a feature imports the shared client code and its own folder, never another feature, the app or the server', async () => {
    const file = 'src/features/members/probe.ts';
    expect(specifier(file, STAND)).toBe('../stand/stand-screen');
    const result = await refused(file, [DOMAIN, DATA, DB, SYNC, UI, I18N, PWA, MEMBERS, STAND, APP, MAIN, SERVER]);
    expect(result.targets).toEqual([STAND, APP, MAIN, SERVER]);
    expect(result.messages[0]).toContain('No feature imports another feature');
  });

  it('the app imports all the client code, never the server', async () => {
    const client = [DOMAIN, DATA, DB, SYNC, UI, I18N, PWA, STAND, MEMBERS];
    expect((await refused('src/app/probe.ts', [...client, SERVER])).targets).toEqual([SERVER]);
    expect((await refused('src/main.tsx', [APP, SERVER])).targets).toEqual([SERVER]);
  });

  it('src/server imports only src/domain, src/data and src/sync/protocol.ts', async () => {
    const result = await refused('src/server/replication/probe.ts', [DOMAIN, DATA, PROTOCOL, SERVER, SYNC, DB, UI, I18N, PWA, STAND, APP]);
    expect(result.targets).toEqual([SYNC, DB, UI, I18N, PWA, STAND, APP]);
    expect(result.messages[0]).toContain('src/server imports only');
  });

  it('the build and test configurations import no feature and not the app', async () => {
    expect((await refused('vite.config.ts', [DOMAIN, STAND, APP])).targets).toEqual([STAND, APP]);
    expect((await refused('playwright.config.ts', [STAND, APP])).targets).toEqual([STAND, APP]);
  });
});
