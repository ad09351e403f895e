/**
 * Accounts in the app, end to end: the coordinator creates an animator with one group on the accounts screen; the
 * animator signs in on a second browser with the one-time password, is asked for their own, and then holds exactly
 * their group's members; given a second group, their phone receives its members, and loses them when it is taken back.
 * Its own server: the suite's shared one feeds specs that count every member they see.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { groupArgs, signUpArgs } from '../factories/entities';
import type { SeedMutation } from '../../src/data/large-dataset';
import { signIn, syncNow } from './account';
import { openPhoneOn, seedOverHttp, startOwnServer, type OwnServer } from './seed';

const PORT = Number(process.env.E2E_ACCOUNTS_PORT ?? 4322);

const tilleuls = groupArgs({ name: 'AMAP des Tilleuls' });
const clain = groupArgs({ name: 'Jardin du Clain' });
const awa = signUpArgs({ firstName: 'Awa', lastName: 'Diallo' });
const bruno = signUpArgs({ firstName: 'Bruno', lastName: 'Martin', phone: '07 98 76 54 32' });
const chloe = signUpArgs({ firstName: 'Chloé', lastName: 'Bernard', phone: '05 49 11 22 33' });

let server: OwnServer;

test.beforeAll(async () => {
  server = await startOwnServer(PORT);
  const mutations: SeedMutation[] = [
    { name: 'group.create', args: tilleuls },
    { name: 'group.create', args: clain },
    ...[awa, bruno, chloe].map((args): SeedMutation => ({ name: 'member.signUp', args })),
    { name: 'groupMember.add', args: { groupId: tilleuls.id, memberId: awa.id } },
    { name: 'groupMember.add', args: { groupId: tilleuls.id, memberId: bruno.id } },
    { name: 'groupMember.add', args: { groupId: clain.id, memberId: chloe.id } },
  ];
  await seedOverHttp(server.origin, mutations);
});
test.afterAll(async () => server?.stop());

const openPhone = (browser: Browser) => openPhoneOn(browser, server.origin);

async function memberNames(page: Page): Promise<string[]> {
  await page.goto('/members');
  await expect(page.getByTestId('member-count')).toBeVisible();
  return (await page.getByRole('list', { name: 'Membres' }).getByRole('listitem').locator('strong').allInnerTexts()).sort();
}

test('a coordinator creates an animator with one group; the animator signs in elsewhere and holds exactly that group’s members', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const coordinator = await openPhone(browser);
  const animator = await openPhone(browser);
  try {
    const oneTimePassword = await test.step('the coordinator creates the account on the accounts screen', async () => {
      const { page } = coordinator;
      await signIn(page);
      await page.getByRole('link', { name: 'Comptes' }).click();
      await expect(page).toHaveURL(/\/account\/accounts$/);
      await page.getByRole('button', { name: 'Créer un compte' }).click();
      const form = page.getByRole('form', { name: 'Nouveau compte' });
      await expect(form.getByLabel('Type de compte')).toHaveValue('animator');
      await form.getByLabel('Identifiant').fill('lea');
      await form.getByLabel('Nom').fill('Léa Martin');
      await form.getByLabel('AMAP des Tilleuls').check();
      await form.getByRole('button', { name: 'Créer le compte' }).click();
      const password = await page.getByTestId('one-time-password').innerText();
      expect(password).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
      const card = page.getByRole('listitem', { name: 'Léa Martin' });
      await expect(card).toContainText('Groupes : AMAP des Tilleuls');
      await expect(card).toContainText('Mot de passe provisoire');
      await expect(page.getByText('Création d’un compte Animation, groupes : AMAP des Tilleuls')).toBeVisible();
      // Nothing overflows a phone's width.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      return password;
    });

    await test.step('the animator signs in with it and chooses their own password', async () => {
      const { page } = animator;
      await page.goto('/account');
      const login = page.getByRole('form', { name: 'Connexion' });
      await login.getByLabel('Identifiant').fill('lea');
      await login.getByLabel('Mot de passe').fill(oneTimePassword);
      await login.getByRole('button', { name: 'Se connecter' }).click();
      const change = page.getByRole('form', { name: 'Changer mon mot de passe' });
      await change.getByLabel('Mot de passe actuel').fill(oneTimePassword);
      await change.getByLabel('Nouveau mot de passe', { exact: true }).fill('les tilleuls en fleur');
      await change.getByLabel('Nouveau mot de passe, encore').fill('les tilleuls en fleur');
      await change.getByRole('button', { name: 'Changer le mot de passe' }).click();
      await expect(page.getByText('Mot de passe changé : la synchronisation reprend.')).toBeVisible();
      await expect(page.getByTestId('last-sync')).toHaveText(/^Synchronisé (à|le) /, { timeout: 15_000 });
    });

    await test.step('the animator holds exactly the members of their group', async () => {
      expect(await memberNames(animator.page)).toEqual(['Awa Diallo', 'Bruno Martin']);
      expect(await memberNames(coordinator.page)).toEqual(['Awa Diallo', 'Bruno Martin', 'Chloé Bernard']);
    });

    /** The coordinator ticks or unticks one of Léa's groups on the accounts screen. */
    async function setClain(checked: boolean) {
      const { page } = coordinator;
      await page.goto('/account/accounts');
      const card = page.getByRole('listitem', { name: 'Léa Martin' });
      await card.getByRole('button', { name: 'Modifier les groupes' }).click();
      const editor = card.getByRole('group', { name: 'Modifier Léa Martin' });
      await editor.getByLabel('Jardin du Clain').setChecked(checked);
      await editor.getByRole('button', { name: 'Enregistrer' }).click();
      if (checked) await expect(card).toContainText('Groupes : AMAP des Tilleuls, Jardin du Clain');
      else await expect(card).not.toContainText('Jardin du Clain');
    }

    await test.step('given a second group, the animator’s phone receives its members at the next sync', async () => {
      await setClain(true);
      await syncNow(animator.page);
      expect(await memberNames(animator.page)).toEqual(['Awa Diallo', 'Bruno Martin', 'Chloé Bernard']);
    });

    await test.step('the group taken back, the phone no longer holds its members', async () => {
      await setClain(false);
      await syncNow(animator.page);
      expect(await memberNames(animator.page)).toEqual(['Awa Diallo', 'Bruno Martin']);
    });
  } finally {
    await coordinator.context.close();
    await animator.context.close();
  }
});
