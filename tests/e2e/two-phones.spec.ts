/**
 * End to end, two phones (two browser contexts) against the real sync server, both offline, each signs
 * people up, one person on both; back online, both hold the union, the person is flagged as a possible duplicate,
 * nothing waits to be synced, and a merge on one phone (confirmed, undone once, done again) reaches the other.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { signIn, syncNow } from './account';
import { BASE_URL, waitForServiceWorkerControl } from './chromium';
import { createStandEvent, signUp, type Person } from './stand';

const person = (firstName: string, lastName: string, phone: string): Person => ({ firstName, lastName, phone, email: '' });

const ON_A = [person('Awa', 'Diallo', '07 11 22 33 44'), person('Élodie', 'Durand', '06 12 34 56 78')];
// The same Élodie as on phone A, typed another way: other case, no accent, international number.
const ON_B = [person('Bruno', 'Martin', '07 98 76 54 32'), person('elodie', 'DURAND', '+33 6 12 34 56 78')];

const fullName = ({ firstName, lastName }: Person) => `${firstName} ${lastName}`;
const everyone = [...ON_A, ...ON_B].map(fullName).sort();

async function openPhone(browser: Browser) {
  const context = await browser.newContext({ baseURL: BASE_URL, locale: 'fr-FR', serviceWorkers: 'allow' });
  const page = await context.newPage();
  await page.goto('/stand');
  await waitForServiceWorkerControl(page);
  await signIn(page);
  return { context, page };
}

const pending = (page: Page) => page.getByTestId('pending-count');
const online = (page: Page) => page.getByTestId('online-status');

/** The names the members screen lists, in its order. */
async function memberNames(page: Page): Promise<string[]> {
  await page.goto('/members');
  const rows = page.getByRole('list', { name: 'Membres' }).getByRole('listitem').locator('strong');
  await expect(page.getByTestId('member-count')).toBeVisible();
  return rows.allInnerTexts();
}

/** Syncs until the members screen lists exactly `names`: the other phone's push may land after this phone's pull. */
async function expectMembers(page: Page, names: readonly string[]): Promise<void> {
  await expect(async () => {
    await syncNow(page);
    expect([...(await memberNames(page))].sort()).toEqual([...names].sort());
  }).toPass({ timeout: 30_000 });
}

test('two phones offline sign people up; online again they share everyone and flag the person signed up twice', async ({ browser }) => {
  test.setTimeout(120_000);
  const a = await openPhone(browser);
  const b = await openPhone(browser);
  try {
    await test.step('both phones go offline and sign people up', async () => {
      for (const [phone, people, event] of [
        [a, ON_A, 'Fête des Tilleuls'],
        [b, ON_B, 'Marché du samedi'],
      ] as const) {
        await phone.context.setOffline(true);
        await expect(online(phone.page)).toHaveText('Hors ligne');
        await createStandEvent(phone.page, { name: event });
        for (const one of people) await signUp(phone.page, one);
        // The event and the two sign-ups wait on the phone.
        await expect(pending(phone.page)).toHaveText('3 modifications à synchroniser');
        await expect(online(phone.page)).toHaveText('Hors ligne');
      }
    });

    await test.step('back online, nothing waits any more', async () => {
      await a.context.setOffline(false);
      await b.context.setOffline(false);
      for (const phone of [a, b]) {
        await expect(online(phone.page)).toHaveText('En ligne');
        // No click: the app syncs by itself when the network comes back.
        await expect(pending(phone.page)).toHaveText('Tout est enregistré', { timeout: 20_000 });
        await expect(phone.page.getByTestId('sync-error')).toHaveCount(0);
      }
    });

    await test.step('both phones list the union of the sign-ups', async () => {
      await expectMembers(a.page, everyone);
      await expectMembers(b.page, everyone);
    });

    await test.step('both phones flag Élodie Durand as a possible duplicate', async () => {
      for (const phone of [a, b]) {
        await phone.page.goto('/duplicates');
        const pairs = phone.page.getByRole('main').getByRole('listitem');
        await expect(pairs).toHaveCount(1);
        await expect(pairs.getByRole('heading', { level: 2 })).toHaveText(/^élodie durand$/i);
        await expect(pairs).toContainText('Probablement la même personne');
        await expect(pairs.getByRole('radio', { name: /^Garder la fiche/ })).toHaveCount(2);
      }
    });

    await test.step('a merge on phone A, confirmed, undone once, then done again, reaches phone B', async () => {
      const pair = a.page.getByRole('main').getByRole('listitem');
      const merge = async () => {
        await pair.getByRole('radio', { name: /^Garder la fiche \d : Élodie Durand$/ }).check();
        await pair.getByRole('button', { name: 'Fusionner…' }).click();
        // Nothing is merged before the confirmation, which shows what is kept.
        const confirmation = pair.getByRole('group', { name: 'Fusionner ces deux fiches ?' });
        await expect(confirmation).toBeVisible();
        await confirmation.getByRole('button', { name: 'Confirmer la fusion' }).click();
        await expect(a.page.getByText('Fiches fusionnées : Élodie Durand.')).toBeVisible();
      };
      await merge();
      await a.page.getByRole('button', { name: 'Annuler' }).click();
      await expect(a.page.getByText('Fusion annulée : les deux fiches sont revenues.')).toBeVisible();
      await expect(pair).toHaveCount(1);
      await merge();
      await a.page.goto('/duplicates');
      await expect(a.page.getByText('Aucun doublon possible.')).toBeVisible();

      const afterMerge = everyone.filter((name) => name !== 'elodie DURAND');
      await expectMembers(a.page, afterMerge);
      await expect(pending(a.page)).toHaveText('Tout est enregistré');
      await expectMembers(b.page, afterMerge);
      await expect(pending(b.page)).toHaveText('Tout est enregistré');
      await b.page.goto('/duplicates');
      await expect(b.page.getByText('Aucun doublon possible.')).toBeVisible();
    });
  } finally {
    await a.context.close();
    await b.context.close();
  }
});
