import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { db } from '../../../../src/db/database';
import { mutate } from '../../../../src/db/mutators';
import { saveSession } from '../../../../src/db/session';
import { DemoOffer } from '../../../../src/features/settings/demo-offer';
import { SettingsScreen } from '../../../../src/features/settings/settings-screen';
import { SYNCED_TABLES } from '../../../../src/domain/rows/rows';
import { resetAppDb } from '../../../helpers/app-db';
import { renderScreen } from '../../../helpers/render';
import { signUpArgs } from '../../../factories/entities';

const coordinator = { id: 'u1', login: 'marie', name: 'Marie Curie', role: 'coordinator' as const, producerId: null, groupIds: [] };
const animator = { id: 'u2', login: 'paul', name: 'Paul Durand', role: 'animator' as const, producerId: null, groupIds: [] };

async function signIn(user: typeof coordinator | typeof animator): Promise<void> {
  await saveSession(db, { token: 'tok', sessionId: 'session-here', user }, new Date().toISOString());
}

beforeEach(async () => {
  await resetAppDb();
  await signIn(coordinator);
});

async function liveDemoRows(): Promise<number> {
  let count = 0;
  for (const table of SYNCED_TABLES)
    count += await db
      .syncedTable(table)
      .filter((row) => row.demo === true && row.deleted !== true)
      .count();
  return count;
}

describe('DemoOffer', () => {
  it('offers the example to nobody signed out (it would be sent under the next account and double the server’s)', async () => {
    await db.session.clear();
    await renderScreen(<SettingsScreen />, { path: '/settings' });
    expect(await screen.findByText(/connectez-vous d’abord/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Charger l’exemple' })).not.toBeInTheDocument();
    await renderScreen(<DemoOffer />);
    expect(screen.queryByText('Base vide : charger un exemple (Poitiers) ?')).not.toBeInTheDocument();
  });

  it('does not offer an animator to remove the example, which only a coordinator may', async () => {
    const user = userEvent.setup();
    await renderScreen(<DemoOffer />);
    await user.click(await screen.findByRole('button', { name: 'Charger l’exemple' }));
    expect(await screen.findByText('Données d’exemple chargées')).toBeInTheDocument();
    await signIn(animator);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Retirer l’exemple' })).not.toBeInTheDocument());
    expect(screen.getByText('Données d’exemple chargées')).toBeInTheDocument();
  });

  it('offers the example on an empty device, loads it, then offers to remove it after a confirmation', async () => {
    const user = userEvent.setup();
    await renderScreen(<DemoOffer />);
    expect(await screen.findByText('Base vide : charger un exemple (Poitiers) ?')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Charger l’exemple' }));
    expect(await screen.findByText('Données d’exemple chargées')).toBeInTheDocument();
    expect(await db.producers.count()).toBeGreaterThanOrEqual(12);
    expect(await liveDemoRows()).toBeGreaterThan(50);

    const real = signUpArgs({ firstName: 'Vraie' });
    await mutate('member.signUp', real);

    await user.click(screen.getByRole('button', { name: 'Retirer l’exemple' }));
    // Nothing is removed before the confirmation.
    expect(await liveDemoRows()).toBeGreaterThan(50);
    const question = screen.getByRole('group', { name: 'Retirer l’exemple' });
    expect(question).toHaveTextContent('Retirer toutes les données d’exemple ?');
    await user.click(within(question).getByRole('button', { name: 'Oui, retirer l’exemple' }));

    await expect.poll(liveDemoRows).toBe(0);
    expect(await db.members.get(real.id)).toMatchObject({ deleted: false, demo: false });
    // Real data is there and no example is: the notice goes away.
    await expect.poll(() => screen.queryByTestId('demo-offer')).toBeNull();
  });

  it('cancelling the confirmation keeps the example', async () => {
    const user = userEvent.setup();
    await renderScreen(<DemoOffer />);
    await user.click(await screen.findByRole('button', { name: 'Charger l’exemple' }));
    await user.click(await screen.findByRole('button', { name: 'Retirer l’exemple' }));
    await user.click(screen.getByRole('button', { name: 'Annuler' }));
    expect(screen.getByText('Données d’exemple chargées')).toBeInTheDocument();
    expect(await liveDemoRows()).toBeGreaterThan(50);
  });

  it('stays hidden once the device holds real data', async () => {
    await mutate('member.signUp', signUpArgs());
    await renderScreen(
      <>
        <DemoOffer />
        <p>prêt</p>
      </>,
    );
    await screen.findByText('prêt');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByTestId('demo-offer')).toBeNull();
  });
});

describe('SettingsScreen — example data', () => {
  it('loads the example, lists it with demo badges, and removes it', async () => {
    const user = userEvent.setup();
    await renderScreen(<SettingsScreen />, { path: '/settings' });
    const section = screen.getByRole('region', { name: 'Données d’exemple' });
    expect(within(section).getByText('Aucune donnée d’exemple sur cet appareil.')).toBeInTheDocument();

    const load = await within(section).findByRole('button', { name: 'Charger l’exemple' });
    await waitFor(() => expect(load).toBeEnabled());
    await user.click(load);
    const list = await within(section).findByRole('list', { name: 'Données d’exemple' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'démo Quartiers et communes : 10',
      'démo Producteurs : 15',
      `démo Groupes : ${await db.groups.count()}`,
      `démo Événements : ${await db.events.count()}`,
      `démo Membres : ${await db.members.count()}`,
    ]);

    await user.click(within(section).getByRole('button', { name: 'Retirer l’exemple' }));
    await user.click(within(section).getByRole('button', { name: 'Oui, retirer l’exemple' }));
    expect(await within(section).findByText('Aucune donnée d’exemple sur cet appareil.')).toBeInTheDocument();
    expect(await liveDemoRows()).toBe(0);
  });
});
