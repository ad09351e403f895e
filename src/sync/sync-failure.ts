/** Why a sync attempt failed, as a catalog key the status line can show, and whether retrying can help. */
import type { ErrorCode } from './protocol';

export type BlockReason = 'protocolOutdated' | 'sessionRevoked' | 'sessionExpired';

export class SyncFailure extends Error {
  constructor(
    /** A catalog key under sync.errors. */
    readonly key: string,
    readonly detail: string,
    /** Set when retrying cannot help until the user acts (update the app, sign in again). */
    readonly blocked: BlockReason | null = null,
  ) {
    super(`${key}: ${detail}`);
    this.name = 'SyncFailure';
  }
}

const BLOCKING: Partial<Record<ErrorCode, BlockReason>> = {
  protocolOutdated: 'protocolOutdated',
  sessionRevoked: 'sessionRevoked',
  sessionExpired: 'sessionExpired',
};

export function failureFromResponse(status: number, code: ErrorCode | undefined, message: string): SyncFailure {
  const blocked = code ? (BLOCKING[code] ?? null) : null;
  if (blocked) return new SyncFailure(`sync.errors.${blocked}`, message, blocked);
  if (code === 'deviceTaken') return new SyncFailure('sync.errors.deviceTaken', message);
  if (code === 'passwordChangeRequired') return new SyncFailure('sync.errors.passwordChangeRequired', message);
  if (status === 401) return new SyncFailure('sync.errors.unauthenticated', message);
  if (status === 403) return new SyncFailure('sync.errors.forbidden', message);
  if (status === 429) return new SyncFailure('sync.errors.tooManyAttempts', message);
  if (status === 404) return new SyncFailure('sync.errors.notFound', message);
  // The one conflict the API answers: a login already taken.
  if (status === 409) return new SyncFailure('sync.errors.taken', message);
  if (status >= 500) return new SyncFailure('sync.errors.server', message);
  return new SyncFailure('sync.errors.badRequest', message);
}
