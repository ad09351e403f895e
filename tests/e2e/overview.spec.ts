/**
 * End to end: on a fresh device of the real server (no example data): the example CSV files imported one by
 * one through /import, then the overview of the period shows what those files contain, its chart is drawn, and the
 * printable report fits one landscape A4 page.
 *
 * The expected figures are read by hand from examples/import/*.csv:
 * - areas: quarters Couronneries, Poitiers Sud, Trois-Cités; communes Buxerolles, Migné-Auxances, Saint-Benoît;
 * - groups: AMAP du Pont-Neuf (AMAP, Trois-Cités), Glycines (groupement d’achat, Couronneries), Tilleuls (épicerie
 *   solidaire, Poitiers Sud);
 * - members: Camille (Trois-Cités), Jules (Couronneries), Fatima (Poitiers Sud), all signed up by this import;
 * - producers: Lucie Semis (bio, vend), Marc Pommier (non bio, intéressé), Aline Poule (bio, contacté);
 * - contracts, October to December 2026: Camille and Fatima ×2 in the AMAP (Lucie, Lucie, Aline), Jules in the
 *   Glycines (Marc). So Trois-Cités has 3 contracts and 2 producers (Lucie, and Aline: only contacted, but she
 *   delivers there, which is what the footnote counts), Couronneries 1 and 1 (Marc), Poitiers Sud none (Fatima's
 *   contracts count where the AMAP is); the territory has 3 producers, Aline included for the same reason.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Locator, type Page } from '@playwright/test';

const EXAMPLES = fileURLToPath(new URL('../../examples/import', import.meta.url));

const FILES = [
  { label: 'Fichier des quartiers et communes (CSV)', file: 'areas.csv', rows: 6 },
  { label: 'Fichier des producteurs (CSV)', file: 'producers.csv', rows: 3 },
  { label: 'Fichier des groupes (CSV)', file: 'groups.csv', rows: 3 },
  { label: 'Fichier des membres (CSV)', file: 'members.csv', rows: 3 },
  { label: 'Fichier des contrats (CSV)', file: 'contracts.csv', rows: 4 },
] as const;

// The period: all of 2026 (the contracts run from October to December), stretched to today when the test runs
// later, so the members signed up by this import today are new sign-ups of the period.
const FROM = '2026-01-01';
const TODAY = new Date().toISOString().slice(0, 10);
const TO = TODAY > '2026-12-31' ? TODAY : '2026-12-31';

/** Columns of the by-quarter table: the territory, then the quarters, then the communes, each by name. */
const COLUMNS = [
  'Indicateur',
  'Tout le territoire',
  'Couronneries',
  'Poitiers Sud',
  'Trois-Cités',
  'Buxerolles',
  'Migné-Auxances',
  'Saint-Benoît',
];
const TABLE: Record<string, string[]> = {
  Groupes: ['3', '1', '1', '1', '0', '0', '0'],
  'dont AMAP': ['1', '0', '0', '1', '0', '0', '0'],
  'dont groupements d’achat': ['1', '1', '0', '0', '0', '0', '0'],
  'dont commandes en ligne': ['0', '0', '0', '0', '0', '0', '0'],
  'dont épiceries solidaires': ['1', '0', '1', '0', '0', '0', '0'],
  'Personnes inscrites': ['3', '1', '1', '1', '0', '0', '0'],
  'Nouvelles inscriptions': ['3', '1', '1', '1', '0', '0', '0'],
  'Contrats actifs': ['4', '1', '0', '3', '0', '0', '0'],
  'Producteurs mobilisés': ['3', '1', '0', '2', '0', '0', '0'],
  'dont bio': ['2', '0', '0', '2', '0', '0', '0'],
  'Part de bio': ['67 %', '0 %', '—', '100 %', '—', '—', '—'],
  'Commerces et épiceries': ['0', '0', '0', '0', '0', '0', '0'],
  'Distributions tenues': ['0', '0', '0', '0', '0', '0', '0'],
  'Taux de retrait': ['—', '—', '—', '—', '—', '—', '—'],
  'Événements tenus': ['0', '0', '0', '0', '0', '0', '0'],
};
const KEY_FIGURES: Record<string, string> = {
  Groupes: '3',
  'Personnes inscrites': '3',
  'Nouvelles inscriptions': '3',
  'Contrats actifs': '4',
  'Producteurs mobilisés': '3',
  'Part de bio': '67 %',
  'Distributions tenues': '0',
  'Événements tenus': '0',
};

/** The whole text of a cell, whatever space the percentage uses (French puts a narrow no-break space before %). */
const exactly = (value: string) => new RegExp(`^${value.replace(/ /g, '\\s')}$`);

async function importFile(page: Page, { label, file, rows }: (typeof FILES)[number]) {
  await page.getByLabel(label).setInputFiles(path.join(EXAMPLES, file));
  const preview = page.getByRole('region', { name: 'Aperçu avant import' });
  await expect(preview.getByText(`${rows} à créer, 0 à mettre à jour, 0 déjà présents (ignorés), 0 en erreur`)).toBeVisible();
  await expect(preview.locator('.import-error')).toHaveCount(0);
  await expect(preview.locator('.field-error')).toHaveCount(0);
  await expect(preview.locator('.import-create')).toHaveCount(rows);
  await page.getByRole('button', { name: 'Importer', exact: true }).click();
  await expect(
    page.getByRole('heading', {
      name: new RegExp(`^Import terminé : ${rows} lignes créées, 0 mises à jour, 0 déjà présentes \\(ignorées\\), 0 refusées`),
    }),
  ).toBeVisible();
}

/** Waits until the row of the table named `label` shows these cells (the figures follow the live data). */
async function expectRow(page: Page, table: Locator, label: string, cells: readonly string[]) {
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });
  await expect(row.getByRole('cell'), label).toHaveText(cells.map(exactly));
}

test('the example files imported on a fresh device give the overview, its chart and a one-page report', async ({ page }) => {
  test.setTimeout(120_000);
  // The files must hold what the expected figures were read from.
  expect(readFileSync(path.join(EXAMPLES, 'contracts.csv'), 'utf8').trim().split('\n')).toHaveLength(5);

  await test.step('import the five example files in order', async () => {
    await page.goto('/import');
    await expect(page.getByRole('heading', { level: 1, name: 'Importer des fichiers CSV' })).toBeVisible();
    for (const file of FILES) await importFile(page, file);
  });

  await test.step('the overview of the period shows what the files contain', async () => {
    await page.goto('/overview');
    await page.getByRole('button', { name: 'Personnalisée' }).click();
    await expect(page.getByRole('button', { name: 'Personnalisée' })).toHaveAttribute('aria-pressed', 'true');
    await page.getByLabel('Du', { exact: true }).fill(FROM);
    await page.getByLabel('Au', { exact: true }).fill(TO);
    await expect(page.getByLabel('Au', { exact: true })).toHaveValue(TO);

    const figures = page.getByRole('region', { name: 'Le territoire en chiffres' });
    await expect(figures.getByRole('status')).toHaveText(/^Du 1 janvier 2026 au /);
    for (const [label, value] of Object.entries(KEY_FIGURES)) {
      await expect(figures.locator(`dt:text-is("${label}") + dd`), label).toHaveText(exactly(value));
    }

    const table = page.getByRole('table', { name: /^Par quartier — Du 1 janvier 2026/ });
    await expect(table.getByRole('columnheader')).toHaveText(COLUMNS);
    for (const [label, cells] of Object.entries(TABLE)) await expectRow(page, table, label, cells);

    const steps = page.getByRole('table', { name: 'Étape', exact: true });
    // The three deliver under a contract of the period: they sell, whatever step the file gave them, and the steps
    // add up to the 3 mobilised producers.
    await expectRow(page, steps, 'Contactés', ['0']);
    await expectRow(page, steps, 'Intéressés', ['0']);
    await expectRow(page, steps, 'Vendent dans un groupe', ['3']);
  });

  await test.step('the chart by quarter is drawn', async () => {
    const canvas = page.getByRole('img', { name: 'Personnes inscrites et nouvelles inscriptions par quartier' });
    await expect(canvas).toBeVisible();
    // Bars of the first series are filled with #2f6b3a: count those pixels, not just any pixel (axes, labels).
    await expect
      .poll(() =>
        canvas.evaluate((element: HTMLCanvasElement) => {
          const context = element.getContext('2d');
          if (!context || element.width === 0 || element.height === 0)
            return { width: element.width, height: element.height, painted: 0, bars: 0 };
          const { data } = context.getImageData(0, 0, element.width, element.height);
          let painted = 0;
          let bars = 0;
          for (let i = 0; i < data.length; i += 4) {
            if (data[i + 3] > 0) painted += 1;
            if (data[i] === 0x2f && data[i + 1] === 0x6b && data[i + 2] === 0x3a && data[i + 3] === 255) bars += 1;
          }
          return { width: element.width, height: element.height, painted: painted > 0 ? 1 : 0, bars: bars > 200 ? 1 : 0 };
        }),
      )
      .toEqual({ width: expect.any(Number), height: expect.any(Number), painted: 1, bars: 1 });
    const box = await canvas.boundingBox();
    expect(box && box.width > 100 && box.height > 100).toBe(true);
  });

  await test.step('the printable report fits one landscape A4 page, without the app around it', async () => {
    await page.getByRole('link', { name: 'Rapport imprimable' }).click();
    await expect(page).toHaveURL(new RegExp(`/overview/report\\?from=${FROM}&to=${TO}$`));
    await expect(page.getByRole('heading', { level: 1, name: 'Bilan du territoire' })).toBeVisible();
    const table = page.getByRole('table', { name: 'Par quartier', exact: true });
    await expectRow(page, table, 'Contrats actifs', TABLE['Contrats actifs']);
    await expectRow(page, table, 'Personnes inscrites', TABLE['Personnes inscrites']);

    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.app-header')).toBeHidden();
    expect(await page.locator('nav').count()).toBeGreaterThan(0);
    for (const nav of await page.locator('nav').all()) await expect(nav).toBeHidden();
    await expect(page.getByRole('button', { name: 'Imprimer' })).toBeHidden();
    await expect(table).toBeVisible();
    await expect(page.locator('.overview-figures')).toBeVisible();

    const pdf = (await page.pdf({ format: 'A4', landscape: true })).toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    expect(pages).toBe(1);
    // As the browser's print dialog sizes it, from the page's own CSS: landscape here, …
    expect(mediaBox(await page.pdf({ preferCSSPageSize: true }))).toEqual([842, 595]);
  });

  await test.step('… and a page printed after it, in the same tab, is portrait again', async () => {
    await page.emulateMedia({ media: 'screen' });
    await page.goBack();
    await expect(page.getByRole('link', { name: 'Rapport imprimable' })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    expect(mediaBox(await page.pdf({ preferCSSPageSize: true }))).toEqual([595, 842]);
  });
});

/** The first page's size in points, rounded: A4 is 595 × 842. */
function mediaBox(pdf: Buffer): number[] {
  const box = /\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)/.exec(pdf.toString('latin1'));
  if (!box) throw new Error('no MediaBox in the PDF');
  return [Math.round(Number(box[3]) - Number(box[1])), Math.round(Number(box[4]) - Number(box[2]))];
}
