import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { db } from '../../../../src/db/database';
import { getDevice, setDeviceName } from '../../../../src/db/device';
import { mutate } from '../../../../src/db/mutators';
import { updateSyncState } from '../../../../src/db/sync-state';
import { AccountScreen } from '../../../../src/features/account/account-screen';
import { useLastUser } from '../../../../src/features/account/last-user-store';
import { renderScreen } from '../../../helpers/render';
import { signUpArgs } from '../../../factories/entities';
import { animator, coordinator, installRuntime, resetSync, signIn } from './sync-fixtures';
import { seedDistribution } from '../checkoff/distribution-fixture';

beforeEach(resetSync);

const loginOk = () => ({ status: 200, body: { token: 'new-token', sessionId: 'session-1', user: coordinator } });

async function fillLogin(login: string, password: string) {
  const user = userEvent.setup();
  await renderScreen(<AccountScreen />, { path: '/account' });
  await user.type(await screen.findByLabelText('Identifiant'), login);
  await user.type(screen.getByLabelText('Mot de passe'), password);
  return user;
}

describe('AccountScreen: signing in', () => {
  it('posts the login with this device, stores the session and starts a sync', async () => {
    await setDeviceName(db, 'Tablette du stand');
    const { clientId } = await getDevice(db);
    const { requests, syncNow } = installRuntime({ 'POST /api/auth/login': loginOk });
    const user = await fillLogin('marie', 'le mot de passe');
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));

    expect(await screen.findByText('Connecté en tant que Marie Curie (marie)')).toBeInTheDocument();
    expect(screen.getByText('Rôle : coordination')).toBeInTheDocument();
    expect(requests[0]?.body).toEqual({ login: 'marie', password: 'le mot de passe', clientId, deviceName: 'Tablette du stand' });
    expect(await db.session.get('session')).toMatchObject({ token: 'new-token', sessionId: 'session-1', user: coordinator });
    expect(syncNow).toHaveBeenCalledTimes(1);
    expect(useLastUser.getState().lastUser).toEqual(coordinator);
  });

  it('waits for the app’s sync to start when the form is used before it, instead of saying the network is missing', async () => {
    const user = await fillLogin('marie', 'le mot de passe');
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));
    installRuntime({ 'POST /api/auth/login': loginOk });
    expect(await screen.findByText('Connecté en tant que Marie Curie (marie)')).toBeInTheDocument();
    expect(screen.queryByText('La connexion nécessite le réseau.')).not.toBeInTheDocument();
  });

  it.each([
    [
      'wrong credentials',
      { status: 401, body: { error: { code: 'unauthenticated', message: 'Wrong login or password.' } } },
      'Identifiant ou mot de passe incorrect.',
    ],
    [
      'too many attempts',
      { status: 429, body: { error: { code: 'tooManyAttempts', message: 'later' } } },
      'Trop de tentatives : patientez une minute avant de réessayer.',
    ],
    ['no network', 'network-error' as const, 'La connexion nécessite le réseau.'],
  ])('says so in words on %s, and stores nothing', async (_label, answer, message) => {
    const { syncNow } = installRuntime({ 'POST /api/auth/login': () => answer });
    const user = await fillLogin('marie', 'faux');
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(await db.session.count()).toBe(0);
    expect(syncNow).not.toHaveBeenCalled();
  });

  it('asks for both fields before calling the server', async () => {
    const { requests } = installRuntime({ 'POST /api/auth/login': loginOk });
    const user = userEvent.setup();
    await renderScreen(<AccountScreen />, { path: '/account' });
    await user.click(await screen.findByRole('button', { name: 'Se connecter' }));
    expect(screen.getByLabelText('Identifiant')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Mot de passe')).toHaveAttribute('aria-invalid', 'true');
    expect(requests).toHaveLength(0);
  });

  it('warns when someone else than the last person signs in on this phone', async () => {
    useLastUser.setState({ lastUser: animator });
    await mutate('member.signUp', signUpArgs());
    installRuntime();
    await fillLogin('marie', 'x');
    expect(screen.getByRole('note')).toHaveTextContent('Ce téléphone était utilisé par Paul Durand');
    expect(screen.getByRole('note')).toHaveTextContent('la modification en attente doit d’abord être envoyée sous son compte');
  });

  it('says plainly that nothing is waiting when someone else signs in on a phone with no change waiting', async () => {
    useLastUser.setState({ lastUser: animator });
    installRuntime();
    await fillLogin('marie', 'x');
    expect(screen.getByRole('note')).toHaveTextContent('Ses données restent ici, et aucune modification n’est en attente.');
    expect(screen.getByRole('note')).not.toHaveTextContent('la modification en attente');
  });

  it('offers to sign in again on a revoked phone, and a new session lifts the block', async () => {
    await signIn();
    await updateSyncState(db, { blocked: 'sessionRevoked', cursor: 42 });
    installRuntime({ 'POST /api/auth/login': loginOk });
    const user = await fillLogin('marie', 'x');
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));
    await waitFor(async () => expect(await db.session.get('session')).toMatchObject({ token: 'new-token' }));
    // Another account may see other rows: the next pull starts from the beginning.
    expect(await db.syncState.get('sync')).toMatchObject({ blocked: null, cursor: 0 });
  });
});

describe('AccountScreen: signing out', () => {
  it('tells the server, clears the session and keeps every local change', async () => {
    await signIn();
    await mutate('member.signUp', signUpArgs());
    const { requests } = installRuntime({ 'POST /api/auth/logout': () => ({ status: 200, body: { ok: true } }) });
    const user = userEvent.setup();
    await renderScreen(<AccountScreen />, { path: '/account' });
    await user.click(await screen.findByRole('button', { name: 'Se déconnecter' }));
    expect(await screen.findByLabelText('Identifiant')).toBeInTheDocument();
    expect(await db.session.count()).toBe(0);
    expect(await db.outbox.count()).toBe(1);
    expect(await db.members.count()).toBe(1);
    expect(requests.map((r) => `${r.method} ${r.path} ${r.headers.authorization}`)).toEqual(['POST /api/auth/logout Bearer tok']);
  });

  it('says that no change is waiting, in French and in English, and names the coordinator role in English', async () => {
    await signIn();
    installRuntime();
    const french = await renderScreen(<AccountScreen />, { path: '/account' });
    expect(
      await screen.findByText(
        'Se déconnecter ne supprime rien : les données restent sur ce téléphone, et aucune modification n’est en attente.',
      ),
    ).toBeInTheDocument();
    french.unmount();
    await renderScreen(<AccountScreen />, { path: '/account', language: 'en' });
    expect(
      await screen.findByText('Signing out deletes nothing: the data stays on this phone, and no changes are waiting.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Role: coordinator')).toBeInTheDocument();
  });

  it('signs out even when the server cannot be reached', async () => {
    await signIn();
    installRuntime({ 'POST /api/auth/logout': () => 'network-error' });
    const user = userEvent.setup();
    await renderScreen(<AccountScreen />, { path: '/account' });
    await user.click(await screen.findByRole('button', { name: 'Se déconnecter' }));
    await waitFor(async () => expect(await db.session.count()).toBe(0));
  });
});

describe('AccountScreen: refused changes', () => {
  it('lists each refused change with what it was and why, until it is dismissed', async () => {
    await signIn();
    await db.rejected.bulkPut([
      {
        mutationId: 4,
        name: 'member.update',
        args: { id: 'm1', patch: { firstName: 'Élodie', phone: '12' } },
        code: 'invalid',
        issues: [{ path: 'patch.phone', message: 'validation.phoneInvalid' }],
        createdAt: '2026-06-20T10:00:00.000Z',
        rejectedAt: '2026-06-20T11:00:00.000Z',
      },
      {
        mutationId: 5,
        name: 'group.delete',
        args: { id: 'g1' },
        code: 'forbidden',
        issues: [],
        createdAt: '2026-06-20T10:05:00.000Z',
        rejectedAt: '2026-06-20T11:00:00.000Z',
      },
    ]);
    const user = userEvent.setup();
    await renderScreen(<AccountScreen />, { path: '/account' });
    expect(await screen.findByText('Modification de membre')).toBeInTheDocument();
    expect(screen.getByText(/Élodie/)).toBeInTheDocument();
    expect(screen.getByText(/Ce numéro de téléphone n’en est pas un/)).toBeInTheDocument();
    expect(screen.getByText('Suppression de groupe')).toBeInTheDocument();
    expect(screen.getByText('Votre compte n’a pas le droit de faire cette modification.')).toBeInTheDocument();

    expect(screen.getAllByRole('button', { name: 'J’ai compris' })).toHaveLength(2);
    const item = screen.getByText('Modification de membre').closest('li') as HTMLElement;
    await user.click(within(item).getByRole('button', { name: 'J’ai compris' }));
    await waitFor(() => expect(screen.queryByText('Modification de membre')).not.toBeInTheDocument());
    expect((await db.rejected.toArray()).map((r) => r.mutationId)).toEqual([5]);
  });

  it('names the member and the day of a refused check-off, whose contract was deleted meanwhile', async () => {
    await signIn();
    const seed = await seedDistribution();
    expect((await mutate('contract.delete', { id: seed.contracts.marcVegetables.id })).ok).toBe(true);
    const refused = (mutationId: number, contractId: string) => ({
      mutationId,
      name: 'pickup.record',
      args: {
        distributionId: seed.distribution.id,
        contractId,
        status: 'collected',
        collectedBy: '',
        recordedAt: '2026-04-07T18:10:00.000Z',
        deviceId: 'phone',
      },
      code: 'deleted',
      issues: [{ path: 'contractId', message: 'validation.deleted' }],
      createdAt: '2026-04-07T18:10:00.000Z',
      rejectedAt: '2026-04-07T19:00:00.000Z',
    });
    // The third names a contract this phone never had: said as before, without a name.
    await db.rejected.bulkPut([
      refused(7, seed.contracts.marcVegetables.id),
      refused(8, seed.contracts.anneVegetables.id),
      refused(9, 'unknown'),
    ]);
    await renderScreen(<AccountScreen />, { path: '/account' });
    // Latest refused first.
    await expect
      .poll(() => screen.queryAllByText(/^Émargement d’un panier/).map((title) => title.closest('p')?.textContent))
      .toEqual([
        'Émargement d’un panier',
        'Émargement d’un panier — Anne Martin, distribution du mardi 7 avril',
        'Émargement d’un panier — Marc Lefèvre, distribution du mardi 7 avril',
      ]);
  });

  it('links coordinators to the devices list, others not', async () => {
    await signIn(animator);
    await renderScreen(<AccountScreen />, { path: '/account' });
    expect(await screen.findByRole('link', { name: 'Doublons possibles' })).toHaveAttribute('href', '/duplicates');
    expect(screen.queryByRole('link', { name: 'Téléphones connectés' })).not.toBeInTheDocument();
  });
});
