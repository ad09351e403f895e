import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OverviewReportScreen } from '../../../../src/features/overview/overview-report-screen';
import { resetAppDb } from '../../../helpers/app-db';
import { renderScreen } from '../../../helpers/render';
import { loadOverviewFixture } from './fixture';

beforeEach(async () => {
  await resetAppDb();
  await loadOverviewFixture();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('OverviewReportScreen', () => {
  it('prints the period, the key figures and the by-quarter table, masked', async () => {
    const user = userEvent.setup();
    const print = vi.fn();
    vi.stubGlobal('print', print);
    await renderScreen(<OverviewReportScreen from="2025-01-01" to="2025-12-31" mask />, { path: '/overview/report' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Bilan du territoire' })).toBeInTheDocument();
    expect(screen.getByText('Du 1 janvier 2025 au 31 décembre 2025')).toBeInTheDocument();
    expect(screen.getByText('Effectifs de 1 à 4 masqués (« <5 »).')).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Par quartier' });
    const row = within(table).getByRole('rowheader', { name: 'Groupes' }).closest('tr') as HTMLElement;
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['<5', '<5', '<5', '0']);
    await user.click(screen.getByRole('button', { name: 'Imprimer' }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('shows exact counts when not masked', async () => {
    await renderScreen(<OverviewReportScreen from="2024-01-01" to="2024-12-31" mask={false} />, { path: '/overview/report' });
    const table = await screen.findByRole('table', { name: 'Par quartier' });
    const row = within(table).getByRole('rowheader', { name: 'Nouvelles inscriptions' }).closest('tr') as HTMLElement;
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['2', '0', '0', '2']);
    expect(screen.queryByText(/masqués/)).not.toBeInTheDocument();
  });
});
