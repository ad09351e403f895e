/**
 * A page that opens a Dexie database and renders a list from it, as the check-off screen does (at most 100 rows
 * of a table filled once), and registers its service worker the way Court-circuit does ('prompt').
 */
import Dexie, { type Table } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { useRegisterSW } from 'virtual:pwa-register/react';

interface Item {
  id: string;
  name: string;
  number: number;
}

class EmptyDb extends Dexie {
  items!: Table<Item, string>;
  constructor() {
    super('empty-app');
    this.version(1).stores({ items: 'id, name' });
  }
}

const db = new EmptyDb();
const SHOWN = 100;

/** Fills the table once, so every later start reads the same rows. */
export async function fillOnce(rows: number): Promise<void> {
  if ((await db.items.count()) > 0) return;
  await db.items.bulkAdd(
    Array.from({ length: rows }, (_, n) => ({ id: `item-${n}`, name: `Personne ${String(n).padStart(5, '0')}`, number: n + 1 })),
  );
}

const listItems = () => db.items.orderBy('name').limit(SHOWN).toArray();

export function EmptyApp() {
  useRegisterSW();
  const items = useLiveQuery(listItems, []);
  return (
    <main>
      <h1>Liste</h1>
      {items === undefined ? (
        <p aria-busy="true">Chargement…</p>
      ) : (
        <ul aria-label="Lignes">
          {items.map((item) => (
            <li key={item.id} data-testid="row">
              <strong>{item.number}</strong> {item.name}
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
