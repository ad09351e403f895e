import { monotonicFactory } from 'ulid';

// ULIDs sort by creation time, which keeps lists in sign-up order without another index.
const nextUlid = monotonicFactory();

export function newId(): string {
  return nextUlid();
}

/** Join rows get an id made of their keys, so that two phones adding the same link make one row. */
export function joinId(...keys: string[]): string {
  return keys.join('|');
}
