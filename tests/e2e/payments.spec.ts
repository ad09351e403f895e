/**
 * End to end, payments and seasons: the coordinator creates a group's season of distributions in one step; ten
 * contracts are paid by three cheques each; at the first distribution, offline, the ten first cheques are recorded
 * as received and handed to the producer, whose own phone then confirms them; the bordereau prints on one A4 page;
 * the treasurer's CSV holds the figures of the screen.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { SeedMutation } from '../../src/data/large-dataset';
import { seasonDistributionId } from '../../src/domain/distribution/season-plan';
import { contractArgs, groupArgs, offerArgs, paymentPlanArgs, producerArgs, signUpArgs } from '../factories/entities';
import { signIn, syncNow } from './account';
import { waitForServiceWorkerControl } from './chromium';
import { createAccounts, openPhoneOn, seedOverHttp, startOwnServer, type OwnServer } from './seed';

const PORT = Number(process.env.E2E_PAYMENTS_PORT ?? 4328);
test.describe.configure({ mode: 'serial' });

const SEASON = ['2027-03-02', '2027-03-09', '2027-03-16', '2027-03-23', '2027-03-30'];
const producer = producerArgs({ name: 'Ferme du Clain', farm: '' });
const offer = offerArgs(producer.id, { name: 'Panier de légumes' });
const group = groupArgs({ name: 'AMAP du Clain', rhythm: 'weekly', place: 'Préau' });
const members = Array.from({ length: 10 }, (_, n) =>
  signUpArgs({ firstName: `Membre${n}`, lastName: `Famille${String.fromCharCode(65 + n)}` }),
);
// Five deliveries at 10 €: 50 € a season, in three cheques of 16,67 €, 16,67 € and 16,66 €.
const contracts = members.map((member) =>
  contractArgs(
    { memberId: member.id, groupId: group.id, offerId: offer.id },
    { startDate: SEASON[0], endDate: SEASON[4], deliveryDates: SEASON, pricePerDeliveryCents: 1000 },
  ),
);
const plans = contracts.map((contract, n) => {
  const plan = paymentPlanArgs(contract.id, 3);
  const amounts = [1667, 1667, 1666];
  return {
    ...plan,
    instalments: plan.instalments.map((instalment, i) => ({
      ...instalment,
      amountCents: amounts[i] as number,
      dueMonth: `2027-0${3 + i}`,
      chequeNumber: `${100 + n}${i}`,
    })),
  };
});
const firstId = seasonDistributionId(group.id, SEASON[0]) as string;
const PRODUCER_LOGIN = { login: 'ferme-clain', password: 'paniers-du-mardi-2027' };

let server: OwnServer;

test.beforeAll(async () => {
  test.setTimeout(60_000);
  server = await startOwnServer(PORT);
  const seed: SeedMutation[] = [
    { name: 'producer.create', args: producer },
    { name: 'offer.create', args: offer },
    { name: 'group.create', args: group },
    ...members.map((args): SeedMutation => ({ name: 'member.signUp', args })),
    ...contracts.map((args): SeedMutation => ({ name: 'contract.create', args })),
    ...plans.map((args): SeedMutation => ({ name: 'payment.planSet', args })),
  ];
  await seedOverHttp(server.origin, seed);
  await createAccounts(server.origin, [
    { login: PRODUCER_LOGIN.login, name: 'Ferme du Clain', role: 'producer', producerId: producer.id, password: PRODUCER_LOGIN.password },
  ]);
});

test.afterAll(async () => {
  await server?.stop();
});

const pending = (page: Page) => page.getByTestId('pending-count');
/** A tap on a box whose state is the stored row's: checked once the write is read back. */
async function tick(box: Locator): Promise<void> {
  await box.click();
  await expect(box).toBeChecked();
}
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ').trim();

test('a season in one step, cheques received offline, handed over, confirmed by the producer, printed and exported', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const coordinator = await openPhoneOn(browser, server.origin);
  const farm = await openPhoneOn(browser, server.origin);
  const page = coordinator.page;
  try {
    await test.step('the coordinator creates the season’s five distributions in one step', async () => {
      await page.goto('/');
      await waitForServiceWorkerControl(page);
      await signIn(page);
      await page.goto(`/distributions/season?group=${group.id}`);
      await expect(page.getByRole('option', { name: 'AMAP du Clain' })).toBeAttached();
      await page.getByLabel('Groupe').selectOption(group.id);
      await page.getByLabel('Du', { exact: true }).fill(SEASON[0] as string);
      await page.getByLabel('Au', { exact: true }).fill(SEASON[4] as string);
      await expect(page.getByRole('list', { name: 'Jours de la saison' }).getByRole('checkbox')).toHaveCount(5);
      await page.getByRole('button', { name: 'Créer 5 distributions' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'distributions créées' })).toHaveText('5 distributions créées.');
      await expect(page.getByRole('button', { name: /^Créer 0 distribution/ })).toBeDisabled();
      await syncNow(page);
    });

    await test.step('at the first distribution, offline, ten cheques are received and handed to the producer', async () => {
      await page.goto(`/distributions/${firstId}/payments`);
      const toCollect = page.getByRole('list', { name: 'Échéances à recevoir' });
      await expect(toCollect.getByRole('checkbox')).toHaveCount(10);
      await coordinator.context.setOffline(true);
      for (const box of await toCollect.getByRole('checkbox').all()) await tick(box);
      const list = page.getByRole('region', { name: /^Ferme du Clain : 10 chèques, 166,70/ });
      await expect(list.getByRole('checkbox')).toHaveCount(10);
      for (const box of await list.getByRole('checkbox').all()) await tick(box);
      await expect(list.getByText('10 remis, 0 confirmés sur 10')).toBeVisible();
      await expect(page.getByTestId('online-status')).toHaveText('Hors ligne');
    });

    await test.step('the bordereau prints on one A4 page, without the app around it', async () => {
      await page.getByRole('link', { name: 'Bordereau de remise à imprimer' }).click();
      await expect(page.locator('.bordereau-table tbody tr')).toHaveCount(10);
      expect(plain(await page.getByTestId('bordereau-total').innerText())).toBe('166,70 €');
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.app-header')).toBeHidden();
      await expect(page.getByRole('button', { name: 'Imprimer' })).toBeHidden();
      const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
      expect(pdf.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0).toBe(1);
      await page.emulateMedia({ media: 'screen' });
    });

    await test.step('back online, the producer confirms the ten cheques on their own phone', async () => {
      await coordinator.context.setOffline(false);
      await expect(pending(page)).toHaveText('Tout est enregistré', { timeout: 20_000 });
      // A producer signing in lands on their distributions, and the first sync brings the day's cheques.
      await farm.page.goto('/account');
      const form = farm.page.getByRole('form', { name: 'Connexion' });
      await form.getByLabel('Identifiant').fill(PRODUCER_LOGIN.login);
      await form.getByLabel('Mot de passe').fill(PRODUCER_LOGIN.password);
      await form.getByRole('button', { name: 'Se connecter' }).click();
      await expect(farm.page).toHaveURL(/\/producer$/);
      await expect(farm.page.getByTestId('last-sync')).toHaveText(/^Synchronisé (à|le) /, { timeout: 15_000 });
      await farm.page.goto(`/producer/${firstId}/cheques`);
      const list = farm.page.getByRole('region', { name: /^Ferme du Clain : 10 chèques/ });
      await expect(list.getByRole('checkbox')).toHaveCount(10);
      for (const box of await list.getByRole('checkbox').all()) await tick(box);
      await expect(list.getByText('10 remis, 10 confirmés sur 10')).toBeVisible();
      await expect(pending(farm.page)).toHaveText('Tout est enregistré', { timeout: 20_000 });
      await syncNow(page);
      await page.goto(`/distributions/${firstId}/payments`);
      await expect(page.getByText('10 remis, 10 confirmés sur 10')).toBeVisible();
    });

    await test.step('the treasurer’s CSV holds the figures of the screen', async () => {
      await page.goto('/payments');
      const table = page.getByRole('table', { name: 'Dû et reçu par groupe, producteur et mois' });
      const rows = table.locator('tbody tr');
      await expect(rows).toHaveCount(3);
      const shown = (
        await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')))
      ).map((cells) => cells.map(plain));
      expect(shown[0]).toEqual(['AMAP du Clain', 'Ferme du Clain', '2027-03', '166,70 €', '166,70 €', '0,00 €']);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter en CSV' }).click()]);
      const csv = readFileSync((await download.path()) as string, 'utf8').replace('\uFEFF', '');
      const lines = csv
        .trim()
        .split(/\r?\n/)
        .map((line) => line.split(';').map(plain));
      expect(lines[0]).toEqual(['Groupe', 'Producteur', 'Mois', 'Dû', 'Reçu', 'Reste']);
      expect(lines.slice(1)).toEqual(shown);
    });
  } finally {
    await coordinator.context.close();
    await farm.context.close();
  }
});
