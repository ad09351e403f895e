/**
 * Two phones of one account and what one sees of the other's writes with nobody touching it, shared by the e2e
 * test and the live-updates benchmark: each step returns the milliseconds from the tap on A to the screen of B.
 */
import { expect, type Page } from '@playwright/test';
import { buildLargeDataset, type LargeDataset, type LargeDatasetOptions } from '../../src/data/large-dataset';
import { signUp, standField, type Person } from './stand';

export const LIVE_DATASET: Required<Pick<LargeDatasetOptions, 'members' | 'baskets' | 'otherGroups' | 'producers'>> = {
  members: 120,
  baskets: 60,
  otherGroups: 1,
  producers: 3,
};

const fullName = (member: LargeDataset['members'][number]) => `${member.firstName} ${member.lastName}`;

/** Members of the big distribution whose name nobody else in it has and who send no proxy: one row each. */
export function uniqueBasketNames(dataset: LargeDataset): string[] {
  const group = dataset.members.slice(0, LIVE_DATASET.baskets);
  const proxied = new Set(dataset.absences.map((absence) => absence.memberId));
  const counts = new Map<string, number>();
  for (const member of group) counts.set(fullName(member), (counts.get(fullName(member)) ?? 0) + 1);
  return group.filter((member) => counts.get(fullName(member)) === 1 && !proxied.has(member.id)).map(fullName);
}

export function liveDataset(seed: number): LargeDataset {
  return buildLargeDataset({ seed, ...LIVE_DATASET });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export async function openCheckoff(page: Page, distributionId: string, origin = ''): Promise<void> {
  await page.goto(`${origin}/distributions/${distributionId}/checkoff`);
  await expect(page.getByRole('heading', { level: 1, name: 'Émargement' })).toBeVisible();
}

function basketRow(page: Page, name: string) {
  return page.getByRole('list', { name: 'Paniers attendus' }).getByRole('listitem', { name: new RegExp(`^Panier \\d+ ${escape(name)}$`) });
}

/** Both phones on the check-off, searching `name`; A ticks it; resolves once B shows it collected. */
export async function tickOnAShownOnB(a: Page, b: Page, name: string, timeoutMs: number): Promise<number> {
  for (const page of [a, b]) {
    await page.getByRole('searchbox', { name: 'Nom ou numéro de panier' }).fill(name);
    await expect(basketRow(page, name)).toHaveCount(1);
  }
  await expect(basketRow(b, name).locator('.badge')).not.toHaveText('Récupéré');
  const shown = basketRow(b, name)
    .locator('.badge')
    .filter({ hasText: /^Récupéré$/ });
  const tapped = Date.now();
  await basketRow(a, name).getByRole('button', { name: 'Récupéré', exact: true }).click();
  await shown.waitFor({ timeout: timeoutMs });
  return Date.now() - tapped;
}

/** A on the stand (its event created), B on the members screen searching the person; resolves once B lists them. */
export async function signUpOnAListedOnB(a: Page, b: Page, person: Person, timeoutMs: number): Promise<number> {
  await b.getByRole('searchbox').fill(person.lastName);
  const listed = b.getByRole('list', { name: 'Membres' }).getByText(`${person.firstName} ${person.lastName}`);
  await expect(listed).toHaveCount(0);
  await expect(standField(a, 'Prénom')).toBeVisible();
  const tapped = Date.now();
  await signUp(a, person);
  await listed.waitFor({ timeout: timeoutMs });
  return Date.now() - tapped;
}
