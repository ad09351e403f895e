import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { db } from '../../../../src/db/database';
import { mutate } from '../../../../src/db/mutators';
import { SeasonScreen } from '../../../../src/features/payments/season-screen';
import { resetAppDb } from '../../../helpers/app-db';
import { renderScreen } from '../../../helpers/render';
import { signInAsCoordinator } from '../../../factories/sessions';
import { distributionArgs, groupArgs } from '../../../factories/entities';

const group = groupArgs({ name: 'AMAP des Couronneries', rhythm: 'weekly', place: 'Préau' });

beforeEach(async () => {
  await resetAppDb();
  await signInAsCoordinator();
  expect(await mutate('group.create', group)).toMatchObject({ ok: true });
  // A day made by hand already: the season shows it and does not make it again.
  expect(await mutate('distribution.create', distributionArgs(group.id, { date: '2026-04-14' }))).toMatchObject({ ok: true });
});

describe('SeasonScreen', () => {
  it('previews the weekly days, writes nothing before confirming, skips a day left out, and makes none twice', async () => {
    const user = userEvent.setup();
    await renderScreen(<SeasonScreen />, { path: `/distributions/season?group=${group.id}` });
    await screen.findByRole('option', { name: 'AMAP des Couronneries' });
    await user.selectOptions(screen.getByLabelText('Groupe'), group.id);
    await user.type(screen.getByLabelText('Du'), '2026-04-07');
    await user.type(screen.getByLabelText('Au'), '2026-05-05');
    const preview = await screen.findByRole('list', { name: 'Jours de la saison' });
    expect(within(preview).getAllByRole('checkbox')).toHaveLength(5);
    expect(await db.distributions.count()).toBe(1);
    await user.click(within(preview).getByRole('checkbox', { name: /28 avril/ }));
    await user.click(screen.getByRole('button', { name: 'Créer 3 distributions' }));
    expect(await screen.findByRole('status')).toHaveTextContent('3 distributions créées.');
    const dates = (await db.distributions.toArray()).map((d) => [d.date, d.place]).sort();
    expect(dates).toEqual([
      ['2026-04-07', 'Préau'],
      ['2026-04-14', expect.any(String)],
      ['2026-04-21', 'Préau'],
      ['2026-05-05', 'Préau'],
    ]);
    await waitFor(() => expect(screen.getByRole('button', { name: /Créer 0 distribution/ })).toBeDisabled());
  });
});
