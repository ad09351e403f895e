import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mutate } from '../../../../src/db/mutators';
import type { AuditEntry, ManagedAccount } from '../../../../src/domain/access/managed-account';
import { AccountsScreen } from '../../../../src/features/account/accounts-screen';
import { groupArgs, producerArgs } from '../../../factories/entities';
import { renderScreen } from '../../../helpers/render';
import { animator, coordinator, installRuntime, resetSync, signIn } from './sync-fixtures';

beforeEach(resetSync);

const at = Date.parse('2026-06-20T14:32:00.000Z');
const amap = groupArgs({ name: 'AMAP des Couronneries' });
const jardin = groupArgs({ name: 'Jardin partagé' });
const ferme = producerArgs({ name: 'Ferme du Clain', farm: '' });

const account = (overrides: Partial<ManagedAccount>): ManagedAccount => ({
  id: 'a-x',
  login: 'x',
  name: 'X',
  role: 'coordinator',
  groupIds: [],
  producerId: null,
  disabled: false,
  mustChangePassword: false,
  createdAt: at,
  devices: [],
  ...overrides,
});

const marie = account({ id: coordinator.id, login: 'marie', name: 'Marie Curie' });
const paul = account({
  id: 'a-paul',
  login: 'paul',
  name: 'Paul Durand',
  role: 'animator',
  groupIds: [amap.id],
  devices: [{ sessionId: 's1', clientId: 'c1', deviceName: 'Pixel de Paul', lastSeenAt: at, revokedAt: null }],
});

async function seedRows() {
  await signIn(coordinator);
  for (const group of [amap, jardin]) expect((await mutate('group.create', group)).ok).toBe(true);
  expect((await mutate('producer.create', ferme)).ok).toBe(true);
}

function server(accounts: ManagedAccount[], audit: AuditEntry[] = []) {
  return installRuntime({
    'GET /api/accounts': () => ({ status: 200, body: { accounts } }),
    'GET /api/accounts/audit': () => ({ status: 200, body: { entries: audit } }),
  });
}

describe('AccountsScreen', () => {
  it('lists the accounts with role, groups, state, phones and last sync, and the log', async () => {
    await seedRows();
    const audit: AuditEntry[] = [
      {
        id: 1,
        at,
        actorLogin: 'marie',
        accountId: 'a-paul',
        accountLogin: 'paul',
        action: 'create',
        changes: { role: 'animator', groupIds: [amap.id], producerId: null },
      },
    ];
    server([marie, paul, account({ id: 'a-old', login: 'old', name: 'Ancien', disabled: true })], audit);
    await renderScreen(<AccountsScreen />, { path: '/account/accounts' });

    const card = await screen.findByRole('listitem', { name: 'Paul Durand' });
    expect(card).toHaveTextContent('Paul Durand (paul) — Animation');
    await waitFor(() => expect(card).toHaveTextContent('Groupes : AMAP des Couronneries'));
    expect(card).toHaveTextContent(/Pixel de Paul — dernière synchro le \d\d\/\d\d à \d\d:\d\d/);
    expect(screen.getByRole('listitem', { name: 'Marie Curie' })).toHaveTextContent('vous');
    expect(within(screen.getByRole('listitem', { name: 'Marie Curie' })).queryByRole('button', { name: 'Désactiver' })).toBeNull();
    const old = screen.getByRole('listitem', { name: 'Ancien' });
    expect(old).toHaveTextContent('Désactivé');
    expect(within(old).queryByRole('button')).toBeNull();
    expect(screen.getByRole('heading', { name: '3 comptes' })).toBeInTheDocument();
    expect(screen.getByText(/marie → paul/)).toBeInTheDocument();
    expect(screen.getByText('Création d’un compte Animation, groupes : AMAP des Couronneries')).toBeInTheDocument();
  });

  it('creates an animator with a group and shows the one-time password once, with a copy button', async () => {
    await seedRows();
    const accounts = [marie];
    const { requests } = installRuntime({
      'GET /api/accounts': () => ({ status: 200, body: { accounts } }),
      'GET /api/accounts/audit': () => ({ status: 200, body: { entries: [] } }),
      'POST /api/accounts': (request) => {
        const created = account({
          id: 'a-lea',
          login: 'lea',
          name: 'Léa Martin',
          role: 'animator',
          groupIds: [jardin.id],
          mustChangePassword: true,
        });
        accounts.push(created);
        expect(request.body).toEqual({ role: 'animator', login: 'lea', name: 'Léa Martin', groupIds: [jardin.id] });
        return { status: 201, body: { account: created, oneTimePassword: 'ABCD-EFGH-JKMN-PQRS' } };
      },
    });
    const user = userEvent.setup();
    await renderScreen(<AccountsScreen />, { path: '/account/accounts' });

    await user.click(await screen.findByRole('button', { name: 'Créer un compte' }));
    const form = screen.getByRole('form', { name: 'Nouveau compte' });
    await user.click(within(form).getByRole('button', { name: 'Créer le compte' }));
    expect(within(form).getByText('L’identifiant a au moins 2 caractères.')).toBeInTheDocument();
    expect(within(form).getByText('Choisissez au moins un groupe.')).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0);

    await user.type(within(form).getByLabelText(/^Identifiant/), 'lea');
    await user.type(within(form).getByLabelText('Nom'), 'Léa Martin');
    await user.click(await within(form).findByLabelText('Jardin partagé'));
    await user.click(within(form).getByRole('button', { name: 'Créer le compte' }));

    const notice = await screen.findByRole('region', { name: 'Mot de passe provisoire' });
    expect(within(notice).getByTestId('one-time-password')).toHaveTextContent('ABCD-EFGH-JKMN-PQRS');
    await user.click(within(notice).getByRole('button', { name: 'Copier' }));
    expect(await within(notice).findByText('Copié.')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe('ABCD-EFGH-JKMN-PQRS');
    expect(await screen.findByRole('listitem', { name: 'Léa Martin' })).toHaveTextContent('Mot de passe provisoire');
    await user.click(within(notice).getByRole('button', { name: 'C’est noté' }));
    expect(screen.queryByTestId('one-time-password')).toBeNull();
  });

  it('says a taken login in words', async () => {
    await seedRows();
    installRuntime({
      'GET /api/accounts': () => ({ status: 200, body: { accounts: [marie] } }),
      'GET /api/accounts/audit': () => ({ status: 200, body: { entries: [] } }),
      'POST /api/accounts': () => ({ status: 409, body: { error: { code: 'badRequest', message: 'taken' } } }),
    });
    const user = userEvent.setup();
    await renderScreen(<AccountsScreen />, { path: '/account/accounts' });
    await user.click(await screen.findByRole('button', { name: 'Créer un compte' }));
    const form = screen.getByRole('form', { name: 'Nouveau compte' });
    await user.selectOptions(within(form).getByLabelText('Type de compte'), 'Coordination');
    await user.type(within(form).getByLabelText(/^Identifiant/), 'marie');
    await user.type(within(form).getByLabelText('Nom'), 'Marie bis');
    await user.click(within(form).getByRole('button', { name: 'Créer le compte' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('Cet identifiant est déjà pris');
  });

  it("changes an animator's groups, resets a password and disables an account after confirmation", async () => {
    await seedRows();
    const accounts = [marie, paul];
    const { requests } = installRuntime({
      'GET /api/accounts': () => ({ status: 200, body: { accounts } }),
      'GET /api/accounts/audit': () => ({ status: 200, body: { entries: [] } }),
      'POST /api/accounts/a-paul/groups': (request) => {
        accounts[1] = { ...paul, groupIds: (request.body as { groupIds: string[] }).groupIds };
        return { status: 200, body: { account: accounts[1] } };
      },
      'POST /api/accounts/a-paul/reset-password': () => ({ status: 200, body: { account: paul, oneTimePassword: 'WXYZ-2345-6789-ABCD' } }),
      'POST /api/accounts/a-paul/disable': () => {
        accounts[1] = { ...(accounts[1] as ManagedAccount), disabled: true };
        return { status: 200, body: { account: accounts[1] } };
      },
    });
    const user = userEvent.setup();
    await renderScreen(<AccountsScreen />, { path: '/account/accounts' });
    const card = () => screen.getByRole('listitem', { name: 'Paul Durand' });
    await screen.findByRole('listitem', { name: 'Paul Durand' });

    await user.click(within(card()).getByRole('button', { name: 'Modifier les groupes' }));
    await user.click(await within(card()).findByLabelText('Jardin partagé'));
    await user.click(within(card()).getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(card()).toHaveTextContent('Groupes : AMAP des Couronneries, Jardin partagé'));
    expect(requests.find((r) => r.path === '/api/accounts/a-paul/groups')?.body).toEqual({ groupIds: [amap.id, jardin.id] });

    await user.click(within(card()).getByRole('button', { name: 'Réinitialiser le mot de passe' }));
    await user.click(within(card()).getByRole('button', { name: 'Confirmer la réinitialisation' }));
    expect(await screen.findByTestId('one-time-password')).toHaveTextContent('WXYZ-2345-6789-ABCD');

    await user.click(within(card()).getByRole('button', { name: 'Désactiver' }));
    expect(requests.filter((r) => r.path.endsWith('/disable'))).toHaveLength(0);
    await user.click(within(card()).getByRole('button', { name: 'Confirmer la désactivation' }));
    await waitFor(() => expect(card()).toHaveTextContent('Désactivé'));
    expect(requests.filter((r) => r.method === 'POST').map((r) => `${r.path} ${r.headers.authorization}`)).toEqual([
      '/api/accounts/a-paul/groups Bearer tok',
      '/api/accounts/a-paul/reset-password Bearer tok',
      '/api/accounts/a-paul/disable Bearer tok',
    ]);
  });

  it('is for coordinators only', async () => {
    await signIn(animator);
    const { requests } = installRuntime();
    await renderScreen(<AccountsScreen />, { path: '/account/accounts' });
    expect(await screen.findByText('Seule la coordination gère les comptes.')).toBeInTheDocument();
    expect(requests).toHaveLength(0);
  });
});
