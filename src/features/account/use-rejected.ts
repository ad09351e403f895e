/** The changes the server refused, live, and acknowledging one once read. */
import { dismissRejectedChange } from '../../db/app-rejected';
import { useRejectedChanges, type RejectedChanges } from '../../db/hooks/use-rejected-changes';

const NONE: RejectedChanges = { rejected: [], baskets: new Map() };

export function useRejected(): RejectedChanges & { dismiss: (mutationId: number) => Promise<void> } {
  return { ...(useRejectedChanges() ?? NONE), dismiss: dismissRejectedChange };
}

/** A name for what the change was about (a member's or a group's name), when its arguments carry one. */
export function subjectOf(args: unknown): string | null {
  if (typeof args !== 'object' || args === null) return null;
  const record = args as Record<string, unknown>;
  const patch = typeof record.patch === 'object' && record.patch !== null ? (record.patch as Record<string, unknown>) : {};
  const parts = [record.firstName ?? patch.firstName, record.lastName ?? patch.lastName].filter(
    (p): p is string => typeof p === 'string' && p !== '',
  );
  if (parts.length > 0) return parts.join(' ');
  const name = record.name ?? patch.name;
  return typeof name === 'string' && name !== '' ? name : null;
}
