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
    expect(parsed.ok && parsed.rows.slice(0, 3)).toEqual([
      ['nom', 'type'],
      ['Trois-Cités', 'quartier'],
      ['Buxerolles', 'commune'],
    ]);
  });

  it('stops reading past 20,000 rows', async () => {
    const lines = ['nom,type,rythme', ...Array.from({ length: 20_001 }, (_, i) => `G${i},AMAP,mensuel`)];
    const parsed = await parseCsvFile(new File([lines.join('\n')], 'groupes.csv'), () => {});
    expect(parsed).toEqual({ ok: false, message: 'import.file.tooManyRows', params: { max: 20_000 } });
  });

  it('reads a Windows-1252 file (Excel on a French Windows) with its accents, and says so', async () => {
    // "nom;type\nTrois-Cités;quartier\nÉpine;quartier\n" as Excel writes it: é = E9, É = C9.
    const latin1 = [
      ...Buffer.from('nom;type\nTrois-Cit', 'ascii'),
      0xe9,
      ...Buffer.from('s;quartier\n', 'ascii'),
      0xc9,
      ...Buffer.from('pine;quartier\n', 'ascii'),
    ];
    const parsed = await parseCsvFile(new File([new Uint8Array(latin1)], 'quartiers.csv'), () => {});
    expect(parsed).toMatchObject({ ok: true, encoding: 'windows-1252' });
    expect(parsed.ok && parsed.rows.slice(0, 3)).toEqual([
      ['nom', 'type'],
      ['Trois-Cités', 'quartier'],
      ['Épine', 'quartier'],
    ]);
  });

  it('reads UTF-8 with or without a byte-order mark as UTF-8, the mark dropped', async () => {
    for (const bytes of [
      [0xef, 0xbb, 0xbf, ...Buffer.from('nom,type\nTrois-Cités,quartier')],
      [...Buffer.from('nom,type\nTrois-Cités,quartier')],
    ]) {
      const parsed = await parseCsvFile(new File([new Uint8Array(bytes)], 'quartiers.csv'), () => {});
      expect(parsed).toEqual({
        ok: true,
        encoding: 'utf-8',
        rows: [
          ['nom', 'type'],
          ['Trois-Cités', 'quartier'],
        ],
      });
    }
  });

  it('keeps a two-byte letter that falls across the end of a chunk', async () => {
    const header = 'nom;type\n';
    const pad = 'x'.repeat(256 * 1024 - header.length - 1);
    const parsed = await parseCsvFile(new File([`${header}${pad}é;quartier\n"Saint-\nBenoît";commune`], 'quartiers.csv'), () => {});
    expect(parsed.ok && parsed.rows.map((row) => row.map((cell) => cell.slice(-3)))).toEqual([
      ['nom', 'ype'],
      ['xxé', 'ier'],
      ['oît', 'une'],
    ]);
  });
});
