/**
 * The references a row can do without: its quarter or commune, the event a person signed up at, an outlet's
 * initiative and suppliers. When the row they point at is gone (deleted on another phone while this one was
 * offline, never known to the server as with example data loaded offline, or the example being removed), the row
 * stays and only the reference goes: nothing typed at a stand is refused for it.
 */
import type { TableName } from './rows';

type Refs = readonly (readonly [field: string, table: TableName])[];

export const OPTIONAL_REFS: Partial<Record<TableName, Refs>> = {
  producers: [['communeId', 'areas']],
  groups: [['quarterId', 'areas']],
  members: [
    ['quarterId', 'areas'],
    ['signupEventId', 'events'],
  ],
  events: [
    ['quarterId', 'areas'],
    ['groupId', 'groups'],
  ],
  outlets: [
    ['quarterId', 'areas'],
    ['initiativeId', 'initiatives'],
    ['producerIds', 'producers'],
  ],
};

/**
 * What a row's optional references become without the rows `isGone` names: null instead of one, the list without
 * them instead of a list. Only the fields that change are returned.
 */
export async function withoutGoneRefs(
  table: TableName,
  fields: Readonly<Record<string, unknown>>,
  isGone: (table: TableName, id: string) => boolean | Promise<boolean>,
): Promise<Record<string, unknown>> {
  const changed: Record<string, unknown> = {};
  for (const [field, refTable] of OPTIONAL_REFS[table] ?? []) {
    const value = fields[field];
    if (typeof value === 'string') {
      if (await isGone(refTable, value)) changed[field] = null;
    } else if (Array.isArray(value)) {
      const kept: unknown[] = [];
      for (const id of value) if (!(await isGone(refTable, String(id)))) kept.push(id);
      if (kept.length !== value.length) changed[field] = kept;
    }
  }
  return changed;
}
