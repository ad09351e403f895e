import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DevicesScreen } from '../../../../src/features/account/devices-screen';
import type { DeviceSession } from '../../../../src/sync/auth-client';
import type { SessionUser } from '../../../../src/sync/protocol';
import { renderScreen } from '../../../helpers/render';
import { animator, coordinator, installRuntime, resetSync, signIn } from './sync-fixtures';

beforeEach(resetSync);

const at = Date.parse('2026-06-20T14:32:00.000Z');
const session = (
  sessionId: string,
  deviceName: string,
  user: SessionUser = coordinator,
  revokedAt: number | null = null,
): DeviceSession => ({
  sessionId,
  user,
  clientId: `client-${sessionId}`,
  deviceName,
  createdAt: at,
  lastSeenAt: at,
  expiresAt: at + 1e10,
  revokedAt,
});

describe('DevicesScreen', () => {
  it('lists the sessions and revokes one after confirmation', async () => {
    await signIn(coordinator);
    const devices = [
      session('session-here', 'Téléphone de Marie'),
      session('s-lost', 'Tablette du stand', animator),
      session('s-old', 'Vieux téléphone', animator, at),
    ];
    const { requests } = installRuntime({
      'GET /api/devices': () => ({ status: 200, body: { devices } }),
      'POST /api/devices/s-lost/revoke': () => {
        devices[1] = { ...session('s-lost', 'Tablette du stand', animator), revokedAt: Date.now() };
        return { status: 200, body: { ok: true } };
      },
    });
    const user = userEvent.setup();
    await renderScreen(<DevicesScreen />, { path: '/account/devices' });

    const lost = (await screen.findByText('Tablette du stand')).closest('li') as HTMLElement;
    expect(lost).toHaveTextContent('Paul Durand (paul, animation)');
    expect(screen.getByText('Téléphone de Marie').closest('li')).toHaveTextContent('ce téléphone');
    expect(within(screen.getByText('Vieux téléphone').closest('li') as HTMLElement).getByText('Révoqué')).toBeInTheDocument();

    await user.click(within(lost).getByRole('button', { name: 'Révoquer' }));
    expect(requests.filter((r) => r.path.endsWith('/revoke'))).toHaveLength(0);
    await user.click(within(lost).getByRole('button', { name: 'Confirmer la révocation' }));

    await waitFor(() =>
      expect(within(screen.getByText('Tablette du stand').closest('li') as HTMLElement).getByText('Révoqué')).toBeInTheDocument(),
    );
    expect(requests.filter((r) => r.method === 'POST').map((r) => `${r.path} ${r.headers.authorization}`)).toEqual([
      '/api/devices/s-lost/revoke Bearer tok',
    ]);
  });

  it('names an unnamed phone by the end of its id, as the member pages name the phone someone was signed up on', async () => {
    await signIn(coordinator);
    const unnamed = { ...session('s-unnamed', '', animator), clientId: '01JDA7Q9ZP8M3N4R2T5K6BAN3H' };
    installRuntime({ 'GET /api/devices': () => ({ status: 200, body: { devices: [unnamed] } }) });
    await renderScreen(<DevicesScreen />, { path: '/account/devices' });
    expect(await screen.findByText('appareil 5K6BAN3H')).toBeInTheDocument();
  });

  it('says why the list cannot be shown', async () => {
    await signIn(coordinator);
    installRuntime({ 'GET /api/devices': () => 'network-error' });
    await renderScreen(<DevicesScreen />, { path: '/account/devices' });
    expect(await screen.findByRole('alert')).toHaveTextContent('Pas de réseau');
  });

  it('is for coordinators only', async () => {
    await signIn(animator);
    const { requests } = installRuntime();
    await renderScreen(<DevicesScreen />, { path: '/account/devices' });
    expect(await screen.findByText('Cette page est réservée à la coordination.')).toBeInTheDocument();
    expect(requests).toHaveLength(0);
  });
});
