import { describe, expect, it } from 'vitest';
import en from '../../../../src/i18n/en/stand.json';
import fr from '../../../../src/i18n/fr/stand.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe('stand catalogs', () => {
  it('have the same keys in French and English, none empty', () => {
    expect(keys(en).sort()).toEqual(keys(fr).sort());
    for (const catalog of [fr, en]) {
      expect(keys(catalog).length).toBeGreaterThan(20);
    }
    const values = JSON.stringify([fr, en]);
    expect(values).not.toContain('""');
  });
});
