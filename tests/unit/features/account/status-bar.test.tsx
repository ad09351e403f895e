import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StatusBar } from '../../../../src/app/status-bar';
import { db } from '../../../../src/db/database';
import { mutate } from '../../../../src/db/mutators';
import { updateSyncState } from '../../../../src/db/sync-state';
import { renderScreen } from '../../../helpers/render';
import { signUpArgs } from '../../../factories/entities';
import { installRuntime, resetSync, signIn } from './sync-fixtures';

beforeEach(resetSync);

function todayAt(hours: number, minutes: number): string {
  const at = new Date();
  at.setHours(hours, minutes, 0, 0);
  return at.toISOString();
}

describe('StatusBar', () => {
  it('says the phone is not signed in, that data stays here, and links to sign in', async () => {
    await mutate('member.signUp', signUpArgs());
    await renderScreen(<StatusBar />);
    expect(await screen.findByText('Non connecté — les données restent sur ce téléphone')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Se connecter' })).toHaveAttribute('href', '/account');
    expect(screen.getByTestId('pending-count')).toHaveTextContent('1 modification à synchroniser');
  });

  it('shows the pending count, the last sync time and the last error in words', async () => {
    await signIn();
    await mutate('member.signUp', signUpArgs());
    await mutate('member.signUp', signUpArgs());
    await updateSyncState(db, { lastSuccessAt: todayAt(14, 32), lastError: { key: 'sync.errors.network', detail: 'Failed to fetch' } });
    await renderScreen(<StatusBar />);
    expect(await screen.findByText('Synchronisé à 14:32')).toBeInTheDocument();
    expect(screen.getByTestId('pending-count')).toHaveTextContent('2 modifications à synchroniser');
    expect(screen.getByTestId('sync-error')).toHaveTextContent('Pas de réseau : la synchronisation reprendra d’elle-même.');
  });

  it('says "never synced" before the first sync, and the records received during a pull', async () => {
    await signIn();
    const { rerender } = await renderScreen(<StatusBar />);
    expect(await screen.findByText('Jamais synchronisé')).toBeInTheDocument();
    await updateSyncState(db, { progress: { received: 1200, total: 10000 } });
    rerender(<StatusBar />);
    expect(await screen.findByText(/^Réception : 1\s200 \/ 10\s000$/)).toBeInTheDocument();
  });

  it('syncs now when asked', async () => {
    await signIn();
    const { syncNow } = installRuntime();
    const user = userEvent.setup();
    await renderScreen(<StatusBar />);
    await user.click(await screen.findByRole('button', { name: 'Synchroniser' }));
    expect(syncNow).toHaveBeenCalledTimes(1);
  });

  it('offline, neither repeats the lack of network nor offers a sync that cannot start', async () => {
    await signIn();
    installRuntime();
    await updateSyncState(db, { lastSuccessAt: todayAt(14, 32), lastError: { key: 'sync.errors.network', detail: 'Failed to fetch' } });
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      await renderScreen(<StatusBar />);
      expect(await screen.findByText('Synchronisé à 14:32')).toBeInTheDocument();
      expect(screen.getByTestId('online-status')).toHaveTextContent('Hors ligne');
      expect(screen.queryByTestId('sync-error')).not.toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Synchroniser' })).not.toBeInTheDocument();
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
    }
  });

  it('asks for an update when the app is too old, and offers to reload', async () => {
    await signIn();
    await updateSyncState(db, { blocked: 'protocolOutdated' });
    await renderScreen(<StatusBar />);
    expect(await screen.findByText('Mettez l’application à jour')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Recharger' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Synchroniser' })).not.toBeInTheDocument();
  });

  it('says a revoked phone was signed out by the coordination, with a link to sign in again', async () => {
    await signIn();
    await updateSyncState(db, { blocked: 'sessionRevoked' });
    installRuntime();
    await renderScreen(<StatusBar />);
    expect(await screen.findByText('Ce téléphone a été déconnecté par la coordination')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Se connecter' })).toHaveAttribute('href', '/account');
  });

  it('links to refused changes when there are some', async () => {
    await signIn();
    await db.rejected.put({
      mutationId: 3,
      name: 'member.update',
      args: {},
      code: 'forbidden',
      issues: [],
      createdAt: todayAt(9, 0),
      rejectedAt: todayAt(10, 0),
    });
    await renderScreen(<StatusBar />);
    await waitFor(() => expect(screen.getByRole('link', { name: '1 modification refusée' })).toHaveAttribute('href', '/account'));
  });
});
