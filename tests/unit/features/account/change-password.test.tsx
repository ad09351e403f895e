import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { db } from '../../../../src/db/database';
import { getSession, saveSession } from '../../../../src/db/session';
import { AccountScreen } from '../../../../src/features/account/account-screen';
import { renderScreen } from '../../../helpers/render';
import { animator, installRuntime, resetSync } from './sync-fixtures';

beforeEach(resetSync);

describe('choosing one’s own password after a one-time one', () => {
  it('asks for it on the account page, sends it, then stops asking and syncs', async () => {
    await saveSession(db, { token: 'tok', sessionId: 's', user: { ...animator, mustChangePassword: true } }, new Date().toISOString());
    const { requests, syncNow } = installRuntime({
      'POST /api/auth/password': (request) =>
        (request.body as { currentPassword: string }).currentPassword === 'ABCD-EFGH-JKMN-PQRS'
          ? { status: 200, body: { ok: true } }
          : { status: 400, body: { error: { code: 'badRequest', message: 'wrong' } } },
    });
    const user = userEvent.setup();
    await renderScreen(<AccountScreen />, { path: '/account' });

    const form = await screen.findByRole('form', { name: 'Changer mon mot de passe' });
    expect(within(form).getByText(/mot de passe provisoire/)).toBeInTheDocument();
    await user.type(within(form).getByLabelText(/^Mot de passe actuel/), 'ABCD-EFGH-JKMN-PQRS');
    await user.type(within(form).getByLabelText(/^Nouveau mot de passe$/), 'court');
    await user.type(within(form).getByLabelText('Nouveau mot de passe, encore'), 'autre');
    await user.click(within(form).getByRole('button', { name: 'Changer le mot de passe' }));
    expect(within(form).getByText('Le mot de passe a au moins 10 caractères.')).toBeInTheDocument();
    expect(within(form).getByText('Les deux saisies ne sont pas identiques.')).toBeInTheDocument();
    expect(requests).toHaveLength(0);

    await user.clear(within(form).getByLabelText(/^Mot de passe actuel/));
    await user.type(within(form).getByLabelText(/^Mot de passe actuel/), 'pas le bon');
    await user.clear(within(form).getByLabelText(/^Nouveau mot de passe$/));
    await user.type(within(form).getByLabelText(/^Nouveau mot de passe$/), 'une phrase à moi');
    await user.clear(within(form).getByLabelText('Nouveau mot de passe, encore'));
    await user.type(within(form).getByLabelText('Nouveau mot de passe, encore'), 'une phrase à moi');
    await user.click(within(form).getByRole('button', { name: 'Changer le mot de passe' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('Le mot de passe actuel n’est pas le bon.');
    expect((await getSession(db))?.user.mustChangePassword).toBe(true);

    await user.clear(within(form).getByLabelText(/^Mot de passe actuel/));
    await user.type(within(form).getByLabelText(/^Mot de passe actuel/), 'ABCD-EFGH-JKMN-PQRS');
    await user.click(within(form).getByRole('button', { name: 'Changer le mot de passe' }));
    expect(await screen.findByText('Mot de passe changé : la synchronisation reprend.')).toBeInTheDocument();
    expect(requests.at(-1)).toMatchObject({
      path: '/api/auth/password',
      headers: { authorization: 'Bearer tok' },
      body: { currentPassword: 'ABCD-EFGH-JKMN-PQRS', newPassword: 'une phrase à moi' },
    });
    expect((await getSession(db))?.user.mustChangePassword).toBe(false);
    expect(syncNow).toHaveBeenCalled();
  });
});
