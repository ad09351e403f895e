import { describe, expect, it } from 'vitest';
import { parseCsvFile } from '../../../../src/features/import/parse-csv';

describe('parseCsvFile', () => {
  it('reads a large file in chunks, reporting progress up to 1, separator detected', async () => {
    const lines = ['nom;type;rythme', ...Array.from({ length: 15_000 }, (_, i) => `AMAP numéro ${i};AMAP;hebdomadaire`)];
    const file = new File([lines.join('\n')], 'groupes.csv');
    const progress: number[] = [];
    const parsed = await parseCsvFile(file, (fraction) => progress.push(fraction));
    expect(parsed.ok && parsed.rows.length).toBe(15_001);
    expect(parsed.ok && parsed.rows[15_000]).toEqual(['AMAP numéro 14999', 'AMAP', 'hebdomadaire']);
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.at(-1)).toBe(1);
    expect(progress.filter((p) => p > 0 && p < 1).length).toBeGreaterThan(0);
  });

  it('takes the separator from the header, even for a two-column file with a trailing empty line', async () => {
    const parsed = await parseCsvFile(new File(['nom;type\nTrois-Cités;quartier\nBuxerolles;commune\n'], 'quartiers.csv'), () => {});
    expect(parsed.ok && parsed.rows.slice(0, 3)).toEqual([['nom', 'type'], ['Trois-Cités', 'quartier'], ['Buxerolles', 'commune']]);
  });

  it('stops reading past 20,000 rows', async () => {
    const lines = ['nom,type,rythme', ...Array.from({ length: 20_001 }, (_, i) => `G${i},AMAP,mensuel`)];
    const parsed = await parseCsvFile(new File([lines.join('\n')], 'groupes.csv'), () => {});
    expect(parsed).toEqual({ ok: false, message: 'import.file.tooManyRows', params: { max: 20_000 } });
  });
});
