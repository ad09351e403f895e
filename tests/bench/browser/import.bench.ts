/**
 * Importing members from a CSV file at scale, in Chromium through the import screen, as a coordinator would: the
 * file chosen → the preview's summary on screen (the plan of every row), then "Importer" → the end's summary (every
 * row written through the write path, each with its outbox entry). Against, in the same page and run: the same rows
 * (read back from the app's database) put in one IndexedDB transaction into a store like the app's members (same
 * indexes) in a database of their own, the floor of any write of them. The progress bar is sampled while the rows
 * are written: it must show several values.
 */
import type { Page } from '@playwright/test';
import { startSeededServer } from '../lib/app-server';
import { openPhone, profileDir, waitForServiceWorkerControl } from '../lib/browser';
import { signInAndSync } from '../lib/sign-in';
import { singleRow, type BenchRow } from '../lib/stats';

const COMMIT_TARGET_MS = 10_000;
const PREVIEW_TARGET_MS = 2_000;
const FLOOR_RATIO = 5;

/** A members file of `count` new people, each with a phone of their own (no duplicates to report). */
export function membersCsv(count: number): string {
  const lines = ['prenom;nom;telephone;email;quartier;taille_foyer;envies;groupes;notes;consentement;date_consentement'];
  for (let n = 0; n < count; n += 1) {
    const phone = `07 ${String(n)
      .padStart(8, '0')
      .replace(/(\d\d)(?=\d)/g, '$1 ')}`;
    lines.push(`Prénom${n};Nom${n};${phone};;;2;légumes;;;oui;2026-09-14`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The app's member rows put again, in one transaction, into a store like the app's (same key, same indexes) in a
 * database of their own: the time of that transaction.
 */
async function oneTransaction(page: Page, minimum: number): Promise<number> {
  return page.evaluate(async (minimum) => {
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    const names = (await indexedDB.databases()).map((info) => info.name ?? '');
    const appName = names.find((name) => name.startsWith('court-circuit')) ?? names[0] ?? '';
    const app = await request(indexedDB.open(appName));
    const source = app.transaction('members').objectStore('members');
    // The same store as the app's: its key and its indexes, which every put updates too.
    const indexes = [...source.indexNames].map((name) => {
      const index = source.index(name);
      return { name, keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry };
    });
    const keyPath = source.keyPath;
    const rows = await request(source.getAll());
    app.close();
    if (rows.length < minimum) throw new Error(`the app's database holds ${rows.length} members, fewer than imported`);
    const open = indexedDB.open(`bench-floor-${Date.now()}`, 1);
    open.onupgradeneeded = () => {
      const store = open.result.createObjectStore('members', { keyPath });
      for (const { name, keyPath: path, unique, multiEntry } of indexes) store.createIndex(name, path, { unique, multiEntry });
    };
    const floor = await request(open);
    const started = performance.now();
    const tx = floor.transaction('members', 'readwrite');
    const store = tx.objectStore('members');
    for (const row of rows) store.put(row);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    const elapsed = performance.now() - started;
    floor.close();
    return elapsed;
  }, minimum);
}

export async function run({ smoke }: { smoke: boolean }): Promise<BenchRow[]> {
  const count = smoke ? 300 : 10_000;
  const server = await startSeededServer({ members: 20, baskets: 5, otherGroups: 1, producers: 2 });
  const profile = profileDir('import');
  const phone = await openPhone(profile.dir);
  try {
    const { page } = phone;
    await page.goto(server.url);
    await waitForServiceWorkerControl(page);
    await signInAndSync(page, server.url, 60_000);
    await page.goto(`${server.url}/import`);
    const file = { name: 'membres.csv', mimeType: 'text/csv', buffer: Buffer.from(membersCsv(count), 'utf8') };

    const chosen = performance.now();
    await page.getByLabel('Fichier des membres (CSV)').setInputFiles(file);
    await page.getByText(`${count} à créer,`).waitFor({ timeout: 120_000 });
    const preview = performance.now() - chosen;

    const started = performance.now();
    await page.getByRole('button', { name: 'Importer' }).click();
    const seen = new Set<string>();
    const progress = page.getByLabel('Écriture des lignes');
    const done = page.getByText(/^Import terminé : /);
    while (!(await done.isVisible())) {
      const value = await progress.getAttribute('value', { timeout: 100 }).catch(() => null);
      if (value !== null) seen.add(value);
      if (performance.now() - started > 600_000) throw new Error('the import did not end in 10 minutes');
    }
    const commit = performance.now() - started;
    const summary = (await done.textContent()) ?? '';
    if (!summary.includes(`${count} lignes créées`)) throw new Error(`unexpected end of import: ${summary}`);
    const floor = await oneTransaction(page, count);
    const ratio = commit / floor;
    return [
      singleRow(`import: ${count} members, file chosen → preview shown`, 'ms', preview, {
        target: `≤ ${PREVIEW_TARGET_MS} ms`,
        pass: preview <= PREVIEW_TARGET_MS,
      }),
      singleRow(`import: ${count} members, "Importer" → all written`, 'ms', commit, {
        target: `≤ ${COMMIT_TARGET_MS} ms`,
        pass: commit <= COMMIT_TARGET_MS,
        note: `the progress bar showed ${seen.size} values`,
      }),
      singleRow(`import: floor, the same ${count} rows in one IndexedDB transaction`, 'ms', floor),
      singleRow('import: app / one transaction', '×', ratio, { ratio, target: `≤ ${FLOOR_RATIO}×`, pass: ratio <= FLOOR_RATIO }),
    ];
  } finally {
    await phone.context.close();
    profile.remove();
    await server.close();
  }
}
