import { describe, expect, it } from 'vitest';
import { failureFromResponse } from '../../../src/sync/sync-failure';

describe('failureFromResponse', () => {
  it.each([
    [403, 'passwordChangeRequired', 'sync.errors.passwordChangeRequired', null],
    [403, 'forbidden', 'sync.errors.forbidden', null],
    [401, 'sessionRevoked', 'sync.errors.sessionRevoked', 'sessionRevoked'],
    [404, 'notFound', 'sync.errors.notFound', null],
    [409, 'badRequest', 'sync.errors.taken', null],
    [400, 'badRequest', 'sync.errors.badRequest', null],
  ] as const)('%i %s → %s', (status, code, key, blocked) => {
    const failure = failureFromResponse(status, code, 'message');
    expect([failure.key, failure.blocked]).toEqual([key, blocked]);
  });
});
