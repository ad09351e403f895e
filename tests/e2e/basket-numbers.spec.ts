/**
 * One basket number everywhere: the number a coordinator's printed sheet gives a basket is the number the producer's
 * own phone shows for it, though that phone holds only the producer's contracts (and members as a first name and an
 * initial). The numbers are decided once for the distribution and synced.
 */
import { expect, test } from '@playwright/test';
import { buildLargeDataset, largeDatasetMutations } from '../../src/data/large-dataset';
import { signIn, syncNow } from './account';
import { createAccounts, openPhoneOn, seedOverHttp, startOwnServer, type OwnServer } from './seed';

const PORT = Number(process.env.E2E_NUMBERS_PORT ?? 4324);
const dataset = buildLargeDataset({ seed: 7, members: 60, baskets: 30, otherGroups: 0, producers: 3 });
const PRODUCER_PASSWORD = 'la ferme du coteau';

const bigGroupId = dataset.distributions.find((d) => d.id === dataset.bigDistributionId)?.groupId;
const contractsAtTheDay = dataset.contracts.filter((contract) => contract.groupId === bigGroupId);
const producerOf = (offerId: string) => dataset.offers.find((offer) => offer.id === offerId)?.producerId;
// The producer with the most baskets that day: its phone lists several, among the others' on the sheet.
const producer = [...dataset.producers].sort(
  (a, b) =>
    contractsAtTheDay.filter((c) => producerOf(c.offerId) === b.id).length -
    contractsAtTheDay.filter((c) => producerOf(c.offerId) === a.id).length,
)[0] as (typeof dataset.producers)[number];

let server: OwnServer;

test.beforeAll(async () => {
  test.setTimeout(90_000);
  server = await startOwnServer(PORT);
  await seedOverHttp(server.origin, largeDatasetMutations(dataset));
  await createAccounts(server.origin, [
    { login: 'coteau', name: producer.name, role: 'producer', producerId: producer.id, password: PRODUCER_PASSWORD },
  ]);
});
test.afterAll(async () => server?.stop());

test('the printed sheet’s basket numbers are the producer’s phone’s numbers', async ({ browser }) => {
  test.setTimeout(150_000);
  const coordinator = await openPhoneOn(browser, server.origin);
  const farm = await openPhoneOn(browser, server.origin);
  try {
    const onTheSheet = await test.step('the coordinator prints the sheet, which numbers the day’s baskets', async () => {
      const { page } = coordinator;
      await signIn(page);
      await page.goto(`/distributions/${dataset.bigDistributionId}/sheet`);
      const rows = page
        .getByRole('table')
        .first()
        .getByRole('row')
        .filter({ has: page.getByRole('cell') });
      await expect(rows).toHaveCount(contractsAtTheDay.length);
      await expect(rows.first().getByRole('cell').first()).toHaveText(/^\d+$/);
      const cells = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
      await syncNow(page);
      const producerName = producer.farm || producer.name;
      return cells
        .filter((row) => row[3] === producerName)
        .map(([number, lastName, firstName]) => `${number} ${firstName} ${[...(lastName ?? '')][0]}.`)
        .sort();
    });
    expect(onTheSheet.length).toBeGreaterThan(1);

    await test.step('the producer’s phone shows the same numbers for the same people', async () => {
      const { page } = farm;
      // A producer signing in lands on their distributions, and the first sync brings the numbered day.
      await page.goto('/account');
      const form = page.getByRole('form', { name: 'Connexion' });
      await form.getByLabel('Identifiant').fill('coteau');
      await form.getByLabel('Mot de passe').fill(PRODUCER_PASSWORD);
      await form.getByRole('button', { name: 'Se connecter' }).click();
      await expect(page).toHaveURL(/\/producer$/);
      await expect(page.getByTestId('last-sync')).toHaveText(/^Synchronisé (à|le) /, { timeout: 15_000 });
      await page.goto(`/producer/${dataset.bigDistributionId}`);
      const rows = page.getByTestId('handover-row');
      await expect(rows).toHaveCount(onTheSheet.length);
      const titles = await rows.evaluateAll((lis) => lis.map((li) => li.querySelector('p')?.textContent ?? ''));
      const onThePhone = titles.map((title) => title.replace(/^Panier (\d+)\s+/, '$1 ')).sort();
      expect(onThePhone).toEqual(onTheSheet);
    });
  } finally {
    await coordinator.context.close();
    await farm.context.close();
  }
});
