/**
 * The project's own ESLint config, run on code placed at a given path of the repository: the rules under test see
 * the real folders and resolve imports to the real files, as `npx eslint .` does.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint, type Linter } from 'eslint';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export const inRepo = (file: string): string => path.join(repoRoot, file);

/**
 * ESLint with the config file of the repository, running only `rules` (the others would only slow the test down).
 * The config is read once per process: make any temporary folder before the first lint.
 */
export const projectLinter = (...rules: string[]): ESLint =>
  new ESLint({ cwd: repoRoot, ruleFilter: ({ ruleId }) => rules.includes(ruleId) });

/** The messages for `code`, linted as the file `file` (relative to the repository; it need not exist). */
export async function messagesFor(eslint: ESLint, file: string, code: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(code, { filePath: inRepo(file) });
  return result.messages;
}

/** The import specifier a person would write in `file` for the module `target` (both relative to the repository). */
export function specifier(file: string, target: string): string {
  // An import of a missing file is not resolved, so no zone would flag it: a renamed target must fail loudly here.
  if (!existsSync(inRepo(target))) throw new Error(`${target} does not exist: point the lint test at another file of its folder`);
  const relative = path.relative(path.dirname(inRepo(file)), inRepo(target)).replace(/\.tsx?$/, '');
  return relative.startsWith('.') ? relative : `./${relative}`;
}
