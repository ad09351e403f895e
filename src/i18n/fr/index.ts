import { catalogFrom, type Catalog } from '../catalog';

/**
 * Namespaces of screens a coordinator opens now and then (the accounts, the duplicates, the CSV import, the overview, the payments, the programme
 * and the producers' directory, which reads the programme's words): loaded with
 * those screens rather than with the app shell, whose first load has a budget (scripts/size.mjs).
 */
export const LATER_NAMESPACES = ['accounts', 'duplicates', 'import', 'overview', 'payments', 'programme'] as const;
export type LaterNamespace = (typeof LATER_NAMESPACES)[number];

// French is bundled with the app shell: it is the first language and must work offline from the first paint.
export const fr = catalogFrom(
  import.meta.glob<string>(
    ['./*.json', '!./accounts.json', '!./duplicates.json', '!./import.json', '!./overview.json', '!./payments.json', '!./programme.json'],
    {
      eager: true,
      query: '?raw',
      import: 'default',
    },
  ),
);

const later = import.meta.glob<string>(
  ['./accounts.json', './duplicates.json', './import.json', './overview.json', './payments.json', './programme.json'],
  {
    query: '?raw',
    import: 'default',
  },
);

/** One of the later namespaces' catalog, as `{ namespace: {...} }`. */
export async function frLater(namespace: LaterNamespace): Promise<Catalog> {
  const load = later[`./${namespace}.json`];
  if (!load) throw new Error(`no French catalog for ${namespace}`);
  return catalogFrom({ [`./${namespace}.json`]: await load() });
}
