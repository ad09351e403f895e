/** Signs a bench phone in through the account screen, as a volunteer would, and waits for the first full sync. */
import type { Page } from '@playwright/test';
import { BENCH_COORDINATOR } from './app-server';

export async function signInAndSync(
  page: Page,
  origin: string,
  timeoutMs: number,
  account: { login: string; password: string } = BENCH_COORDINATOR,
): Promise<void> {
  await page.goto(`${origin}/account`);
  const form = page.getByRole('form', { name: 'Connexion' });
  await form.getByLabel('Identifiant').fill(account.login);
  await form.getByLabel('Mot de passe').fill(account.password);
  await form.getByRole('button', { name: 'Se connecter' }).click();
  // "Synchronisé à 15:02": the pull that follows the sign-in went to the end (progress shows until then).
  await page
    .getByTestId('last-sync')
    .filter({ hasText: /^Synchronisé (à|le) / })
    .waitFor({ timeout: timeoutMs });
}
