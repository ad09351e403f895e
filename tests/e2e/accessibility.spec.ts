import AxeBuilder from '@axe-core/playwright';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { createStandEvent, PEOPLE, signUp } from './stand';

const BLOCKING = new Set(['serious', 'critical']);

async function blockingViolations(page: Page) {
  // Wait for the lazy screen and its live queries, so axe sees the screen and not the loading line.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => BLOCKING.has(violation.impact ?? ''))
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => node.target.join(' ')),
    }));
}

test('no serious or critical accessibility violation on any screen', async ({ page }) => {
  test.setTimeout(120_000);
  await createStandEvent(page);
  await signUp(page, PEOPLE[0]);

  await page.goto('/members');
  await page
    .getByRole('main')
    .getByRole('link', { name: new RegExp(PEOPLE[0].firstName) })
    .click();
  await expect(page).toHaveURL(/\/members\/[0-9A-Z]{26}$/);
  const memberPath = new URL(page.url()).pathname;

  await page.goto('/groups');
  await page.getByRole('button', { name: 'Nouveau groupe' }).click();
  await page.getByLabel('Nom du groupe').fill('AMAP des Tilleuls');
  await page.getByRole('button', { name: 'Créer', exact: true }).click();
  await page
    .getByRole('main')
    .getByRole('link', { name: /AMAP des Tilleuls/ })
    .click();
  await expect(page).toHaveURL(/\/groups\/[0-9A-Z]{26}$/);
  const groupPath = new URL(page.url()).pathname;

  for (const path of ['/stand', '/members', memberPath, '/producers', '/producers/new', '/groups', groupPath, '/settings']) {
    await test.step(path, async () => {
      await page.goto(path);
      expect.soft(await blockingViolations(page), path).toEqual([]);
    });
  }
});

const EXAMPLES = fileURLToPath(new URL('../../examples/import/', import.meta.url));
const EXAMPLE_FILES = [
  ['Fichier des quartiers et communes (CSV)', 'areas.csv'],
  ['Fichier des producteurs (CSV)', 'producers.csv'],
  ['Fichier des groupes (CSV)', 'groups.csv'],
  ['Fichier des membres (CSV)', 'members.csv'],
  ['Fichier des contrats (CSV)', 'contracts.csv'],
] as const;

test('no serious or critical accessibility violation on the distribution, programme, overview and import screens', async ({ page }) => {
  test.setTimeout(120_000);
  // Data to show: the example files imported together (19 rows), then a distribution of the AMAP on a day of its contracts.
  await page.goto('/import');
  for (const [label, file] of EXAMPLE_FILES) await page.getByLabel(label).setInputFiles(`${EXAMPLES}${file}`);
  await expect(page.getByRole('button', { name: 'Importer', exact: true })).toBeEnabled();
  await expect(page.getByText(/ en erreur$/)).toHaveCount(5);
  expect.soft(await blockingViolations(page), '/import with a preview').toEqual([]);
  await page.getByRole('button', { name: 'Importer', exact: true }).click();
  await expect(page.getByRole('heading', { name: /^Import terminé : 19 lignes créées/ })).toBeVisible();

  await page.goto('/distributions/new');
  await page.getByLabel('Groupe', { exact: true }).selectOption({ label: 'AMAP du Pont-Neuf' });
  await page.getByLabel('Date', { exact: true }).fill('2026-10-13');
  await page.getByRole('button', { name: 'Créer', exact: true }).click();
  await expect(page).toHaveURL(/\/distributions\/[0-9A-Z]{26}$/);
  const distributionPath = new URL(page.url()).pathname;
  await expect(page.getByRole('heading', { level: 1, name: /AMAP du Pont-Neuf/ })).toBeVisible();

  const paths = [
    '/distributions',
    '/distributions/new',
    distributionPath,
    `${distributionPath}/checkoff`,
    `${distributionPath}/sheet`,
    '/contracts',
    '/offers',
    '/programme',
    '/events',
    '/partners',
    '/outlets',
    '/initiatives',
    '/overview',
    '/overview/report',
    '/import',
    '/account',
  ];
  for (const path of paths) {
    await test.step(path, async () => {
      await page.goto(path);
      expect.soft(await blockingViolations(page), path).toEqual([]);
    });
  }
});
