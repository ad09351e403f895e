// @vitest-environment node
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inRepo, projectLinter } from './project-linter';

const eslint = projectLinter('import-x/no-cycle');

// no-cycle follows imports through the files on disk: the modules are real, in a folder of their own, removed after.
const probe = `lint-cycle-probe-${process.pid}`;
const srcDir = `src/ui/${probe}`;
const testsDir = `tests/helpers/${probe}`;

const modules: Record<string, string> = {
  // a → b → c → a, through a .tsx module.
  [`${srcDir}/a.ts`]: "import { b } from './b';\nexport const a = (): string => b();",
  [`${srcDir}/b.tsx`]: "import { c } from './c';\nexport const b = (): string => c();",
  [`${srcDir}/c.ts`]: "import { a } from './a';\nexport const c = (): string => `${typeof a}`;",
  // Imports the cycle without being part of it.
  [`${srcDir}/outside.ts`]: "import { a } from './a';\nexport const outside = (): string => a();",
  [`${testsDir}/x.ts`]: "import { y } from './y';\nexport const x = (): number => y() + 1;",
  [`${testsDir}/y.ts`]: "import { x } from './x';\nexport const y = (): number => (typeof x === 'function' ? 1 : 0);",
};

beforeAll(() => {
  for (const [file, code] of Object.entries(modules)) {
    mkdirSync(path.dirname(inRepo(file)), { recursive: true });
    writeFileSync(inRepo(file), `${code}\n`);
  }
});

afterAll(() => {
  for (const dir of [srcDir, testsDir]) rmSync(inRepo(dir), { recursive: true, force: true });
});

async function cycleLines(file: string): Promise<number[]> {
  const [result] = await eslint.lintFiles([inRepo(file)]);
  return result.messages.filter((message) => message.ruleId === 'import-x/no-cycle').map((message) => message.line);
}

describe('import cycles (import-x/no-cycle)', () => {
  it('are found between TypeScript modules of src, .ts and .tsx alike', async () => {
    expect(await cycleLines(`${srcDir}/a.ts`)).toEqual([1]);
    expect(await cycleLines(`${srcDir}/b.tsx`)).toEqual([1]);
    expect(await cycleLines(`${srcDir}/outside.ts`)).toEqual([]);
  });

  it('are found in the tests too', async () => {
    expect(await cycleLines(`${testsDir}/x.ts`)).toEqual([1]);
  });
});
