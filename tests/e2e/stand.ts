/** Steps on the stand screen shared by the e2e tests: create the stand's event, sign a person up. */
import { expect, type Page } from '@playwright/test';

export interface Person {
  firstName: string;
  lastName: string;
  phone: string;
  email: string;
}

export const PEOPLE: readonly Person[] = [
  { firstName: 'Awa', lastName: 'Diallo', phone: '06 12 34 56 78', email: 'awa.diallo@example.org' },
  { firstName: 'Bruno', lastName: 'Lefèvre', phone: '07 98 76 54 32', email: 'bruno.lefevre@example.org' },
  { firstName: 'Chloé', lastName: 'Martin', phone: '06 55 44 33 22', email: 'chloe.martin@example.org' },
];

/** A text field of the sign-up form by its exact label ("Nom" would also match "Nom de l’événement"). */
export function standField(page: Page, name: string) {
  return page.getByRole('textbox', { name, exact: true });
}

/** Opens /stand (at `origin` when given) and creates the event the sign-ups belong to. */
export async function createStandEvent(page: Page, { origin = '', name = 'Fête de quartier' } = {}): Promise<void> {
  await page.goto(`${origin}/stand`);
  await page.getByLabel('Nom de l’événement').fill(name);
  await page.getByRole('button', { name: 'Créer et commencer les inscriptions' }).click();
  await expect(standField(page, 'Prénom')).toBeVisible();
}

export async function fillPerson(page: Page, person: Partial<Person>): Promise<void> {
  if (person.firstName !== undefined) await standField(page, 'Prénom').fill(person.firstName);
  if (person.lastName !== undefined) await standField(page, 'Nom').fill(person.lastName);
  if (person.phone !== undefined) await standField(page, 'Téléphone').fill(person.phone);
  if (person.email !== undefined) await standField(page, 'E-mail').fill(person.email);
}

export async function signUp(page: Page, person: Person): Promise<void> {
  await fillPerson(page, person);
  await page.getByRole('checkbox', { name: /est d’accord/ }).check();
  await page.getByRole('button', { name: 'Enregistrer et suivant' }).click();
  // "Save and next" empties the form for the next person once the sign-up is stored.
  await expect(standField(page, 'Prénom')).toHaveValue('');
  await expect(page.getByRole('status').filter({ hasText: person.firstName })).toBeVisible();
}
