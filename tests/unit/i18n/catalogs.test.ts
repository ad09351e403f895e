// @vitest-environment node
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mutations } from '../../../src/domain/mutations/registry';
import { en } from '../../../src/i18n/en/index';
import { fr as frShell, frLater, LATER_NAMESPACES } from '../../../src/i18n/fr/index';

// The whole French catalog: the app shell's, and the namespaces loaded with their screens.
const fr = Object.assign({}, frShell, ...(await Promise.all(LATER_NAMESPACES.map(frLater)))) as Record<string, unknown>;

function keys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

function lookup(catalog: Record<string, unknown>, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), catalog);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

// Plural forms differ between languages only in their suffixes; compare the base keys.
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

describe('catalogs', () => {
  it('have the same keys in French and English', () => {
    expect(new Set(keys(en).map(base))).toEqual(new Set(keys(fr).map(base)));
  });

  it('have no empty text', () => {
    for (const [name, catalog] of [
      ['fr', fr],
      ['en', en],
    ] as const) {
      for (const key of keys(catalog)) expect(lookup(catalog, key), `${name}:${key}`).not.toBe('');
    }
  });

  it('word every validation message the code can produce', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(path.resolve('src'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/'(validation\.[a-zA-Z]+)'/g)) used.add(match[1] as string);
    }
    expect(used.size).toBeGreaterThan(10);
    for (const key of used) {
      expect(lookup(fr, key), `fr ${key}`).toEqual(expect.any(String));
      expect(lookup(en, key), `en ${key}`).toEqual(expect.any(String));
    }
  });

  it('name every mutation in words, for the list of refused changes', () => {
    for (const name of Object.keys(mutations)) {
      expect(lookup(fr, `sync.mutations.${name}`), `fr ${name}`).toEqual(expect.any(String));
      expect(lookup(en, `sync.mutations.${name}`), `en ${name}`).toEqual(expect.any(String));
    }
  });
});
