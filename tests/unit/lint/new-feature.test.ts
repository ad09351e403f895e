// @vitest-environment node
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inRepo, messagesFor, projectLinter } from './project-linter';

const eslint = projectLinter('import-x/no-restricted-paths');

// A feature folder the config has never named, made before the first lint (the config lists src/features as it loads).
const feature = `lint-probe-${process.pid}`;
const folder = `src/features/${feature}`;

beforeAll(() => {
  mkdirSync(inRepo(folder));
  writeFileSync(inRepo(`${folder}/probe-screen.ts`), "export const probeScreen = 'probe';\n");
});

afterAll(() => rmSync(inRepo(folder), { recursive: true, force: true }));

const refusedLines = async (file: string, code: string) => (await messagesFor(eslint, file, code)).map((message) => message.line);

describe('a new feature folder (import-x/no-restricted-paths)', () => {
  it('imports no other feature, nor the app or the server, and may import its own folder and the shared code', async () => {
    const code = [
      "import '../stand/stand-screen';",
      "import '../../app/app';",
      "import '../../server/app';",
      "import './probe-screen';",
      "import '../../db/mutate';",
      "import '../../ui/field';",
    ].join('\n');
    expect(await refusedLines(`${folder}/probe.ts`, code)).toEqual([1, 2, 3]);
  });

  it('is imported by no other feature', async () => {
    expect(await refusedLines('src/features/stand/probe.ts', `import '../${feature}/probe-screen';`)).toEqual([1]);
  });
});
