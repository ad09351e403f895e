/** What an edit form changed: only those fields are sent, so an edit never overwrites another device's edit of an untouched field. */

function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((value, i) => Object.is(value, b[i]));
  return Object.is(a, b);
}

export function changedFields<T extends object>(before: T, after: T): Partial<T> {
  const patch: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (!same(before[key], after[key])) patch[key] = after[key];
  }
  return patch;
}
