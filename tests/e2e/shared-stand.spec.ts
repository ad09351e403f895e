/**
 * Two animators of one group at one stand, each on a phone: the event the first creates is shared with their group,
 * so the second phone holds the people signed up on the first within seconds, and warns when the same person is
 * typed again with another spelling and another way of writing the number.
 */
import { expect, test, type Browser } from '@playwright/test';
import { groupArgs } from '../factories/entities';
import { signIn } from './account';
import { createAccounts, openPhoneOn, seedOverHttp, startOwnServer, type OwnServer } from './seed';
import { fillPerson, signUp, standField } from './stand';

const PORT = Number(process.env.E2E_SHARED_STAND_PORT ?? 4325);
const group = groupArgs({ name: 'AMAP des Couronneries' });
const ANIMATORS = [
  { login: 'alice', password: 'les couronneries en fete' },
  { login: 'bruno', password: 'le marche du samedi matin' },
];

let server: OwnServer;

test.beforeAll(async () => {
  test.setTimeout(60_000);
  server = await startOwnServer(PORT);
  await seedOverHttp(server.origin, [{ name: 'group.create', args: group }]);
  await createAccounts(
    server.origin,
    ANIMATORS.map(({ login, password }) => ({ login, name: login, role: 'animator' as const, groupIds: [group.id], password })),
  );
});
test.afterAll(async () => server?.stop());

async function openPhone(browser: Browser, account: (typeof ANIMATORS)[number]) {
  const phone = await openPhoneOn(browser, server.origin);
  await signIn(phone.page, account);
  return phone;
}

test('the second phone at a shared stand holds the first one’s sign-ups and warns about the same person typed otherwise', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const a = await openPhone(browser, ANIMATORS[0] as (typeof ANIMATORS)[number]);
  const b = await openPhone(browser, ANIMATORS[1] as (typeof ANIMATORS)[number]);
  try {
    await test.step('on phone A, the stand’s event (shared with the group) and a sign-up', async () => {
      await a.page.goto('/stand');
      await a.page.getByLabel('Nom de l’événement').fill('Fête des Couronneries');
      await expect(a.page.getByLabel('Groupe qui tient le stand')).toHaveValue(group.id);
      await a.page.getByRole('button', { name: 'Créer et commencer les inscriptions' }).click();
      await signUp(a.page, { firstName: 'Amélie', lastName: 'Durand', phone: '06 12 34 56 78', email: '' });
    });

    await test.step('phone B holds the event within seconds, untouched, and warns about Amelie Durant, 0612345678', async () => {
      await b.page.goto('/stand');
      await b.page.getByRole('button', { name: /Fête des Couronneries/ }).click({ timeout: 15_000 });
      await expect(standField(b.page, 'Prénom')).toBeVisible();
      await fillPerson(b.page, { firstName: 'Amelie', lastName: 'Durant', phone: '0612345678' });
      await expect(b.page.getByText('Cette personne semble déjà inscrite')).toBeVisible({ timeout: 10_000 });
    });
  } finally {
    await a.context.close();
    await b.context.close();
  }
});
