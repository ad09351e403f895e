import { describe, expect, it } from 'vitest';
import { listDevices, login, logout, revokeDevice } from '../../../src/sync/auth-client';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../../src/sync/protocol';
import { SyncFailure } from '../../../src/sync/sync-failure';
import { fakeTransport } from '../../helpers/fake-fetch';

const user = { id: 'u1', login: 'marie', name: 'Marie', role: 'coordinator' as const };
const device = {
  sessionId: 's1',
  user,
  clientId: 'c1',
  deviceName: 'Tablette',
  createdAt: 1_750_000_000_000,
  lastSeenAt: 1_750_000_100_000,
  expiresAt: 1_760_000_000_000,
  revokedAt: null,
};

describe('auth client', () => {
  it('logs in with the protocol header and returns the session', async () => {
    const { transport, requests } = fakeTransport({
      'POST /api/auth/login': () => ({ status: 200, body: { token: 't0k', sessionId: 's1', user } }),
    });
    const response = await login(transport, { login: 'marie', password: 'secret', clientId: 'c1', deviceName: 'Tablette' });
    expect(response).toEqual({ token: 't0k', sessionId: 's1', user });
    expect(requests[0]).toMatchObject({
      method: 'POST',
      path: '/api/auth/login',
      body: { login: 'marie', password: 'secret', clientId: 'c1', deviceName: 'Tablette' },
    });
    expect(requests[0]?.headers[PROTOCOL_HEADER]).toBe(String(PROTOCOL_VERSION));
    expect(requests[0]?.headers.authorization).toBeUndefined();
  });

  it.each([
    [401, 'unauthenticated', 'sync.errors.unauthenticated'],
    [429, 'tooManyAttempts', 'sync.errors.tooManyAttempts'],
    [426, 'protocolOutdated', 'sync.errors.protocolOutdated'],
  ])('turns a %i refusal into %s', async (status, code, key) => {
    const { transport } = fakeTransport({ 'POST /api/auth/login': () => ({ status, body: { error: { code, message: 'no' } } }) });
    const attempt = login(transport, { login: 'marie', password: 'bad', clientId: 'c1', deviceName: '' });
    await expect(attempt).rejects.toBeInstanceOf(SyncFailure);
    await expect(attempt).rejects.toMatchObject({ key });
  });

  it('reports a lost network as sync.errors.network', async () => {
    const { transport } = fakeTransport({ 'POST /api/auth/login': () => 'network-error' });
    await expect(login(transport, { login: 'marie', password: 'x', clientId: 'c1', deviceName: '' })).rejects.toMatchObject({
      key: 'sync.errors.network',
    });
  });

  it('refuses a login answer of the wrong shape', async () => {
    const { transport } = fakeTransport({ 'POST /api/auth/login': () => ({ status: 200, body: { token: 1 } }) });
    await expect(login(transport, { login: 'marie', password: 'x', clientId: 'c1', deviceName: '' })).rejects.toMatchObject({
      key: 'sync.errors.badResponse',
    });
  });

  it('logs out, lists and revokes devices with the bearer token', async () => {
    const { transport, requests } = fakeTransport({
      'POST /api/auth/logout': () => ({ status: 200, body: { ok: true } }),
      'GET /api/devices': () => ({ status: 200, body: { devices: [device] } }),
      'POST /api/devices/s1/revoke': () => ({ status: 200, body: { ok: true } }),
    });
    await logout(transport, 't0k');
    expect(await listDevices(transport, 't0k')).toEqual([device]);
    await revokeDevice(transport, 't0k', 's1');
    expect(requests.map((r) => `${r.method} ${r.path} ${r.headers.authorization}`)).toEqual([
      'POST /api/auth/logout Bearer t0k',
      'GET /api/devices Bearer t0k',
      'POST /api/devices/s1/revoke Bearer t0k',
    ]);
  });

  it('reports a forbidden device list', async () => {
    const { transport } = fakeTransport({
      'GET /api/devices': () => ({ status: 403, body: { error: { code: 'forbidden', message: 'coordinators only' } } }),
    });
    await expect(listDevices(transport, 't')).rejects.toMatchObject({ key: 'sync.errors.forbidden' });
  });
});
