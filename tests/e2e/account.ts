/** Signing a phone in on /account, as the e2e server's coordinator unless told otherwise. */
import { expect, type Page } from '@playwright/test';
import { E2E_ADMIN_PASSWORD } from './chromium';

export const COORDINATOR = { login: 'coordination', password: E2E_ADMIN_PASSWORD };

/** Signs in (needs the network) and waits for the first sync that follows it to succeed. */
export async function signIn(page: Page, { login, password } = COORDINATOR): Promise<void> {
  await page.goto('/account');
  const form = page.getByRole('form', { name: 'Connexion' });
  await form.getByLabel('Identifiant').fill(login);
  await form.getByLabel('Mot de passe').fill(password);
  await form.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByText(new RegExp(`Connecté en tant que .*\\(${login}\\)`))).toBeVisible();
  await expect(page.getByTestId('last-sync')).toHaveText(/^Synchronisé (à|le) /, { timeout: 15_000 });
}

/** The header's "sync now" button: a sync that starts now, so the phone also pulls what others pushed since. */
export async function syncNow(page: Page): Promise<void> {
  const button = page.getByRole('status').getByRole('button', { name: /^Synchroni/ });
  await expect(button).toHaveText('Synchroniser', { timeout: 15_000 });
  await button.click();
  await expect(button).toHaveText('Synchroniser', { timeout: 15_000 });
}
