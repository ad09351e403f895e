import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OverviewScreen } from '../../../../src/features/overview/overview-screen';
import { resetAppDb } from '../../../helpers/app-db';
import { captureDownloads, type CapturedDownload } from '../../../helpers/download';
import { renderScreen } from '../../../helpers/render';
import { loadOverviewFixture } from './fixture';

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2025-10-14T12:00:00'));
  await resetAppDb();
  await loadOverviewFixture();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const figure = (label: string) => {
  const term = screen.getAllByText(label, { selector: 'dt' })[0] as HTMLElement;
  return term.nextElementSibling?.textContent;
};
const quarterRow = (label: string) => {
  const table = screen.getByRole('table', { name: /^Par quartier/ });
  const row = within(table).getByRole('rowheader', { name: label }).closest('tr') as HTMLElement;
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);
};

describe('OverviewScreen', () => {
  it('shows this year’s figures for the territory and by quarter', async () => {
    await renderScreen(<OverviewScreen />, { path: '/overview' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Vue d’ensemble' })).toBeInTheDocument();
    expect(await screen.findByText('Du 1 janvier 2025 au 31 décembre 2025')).toBeInTheDocument();
    expect(figure('Personnes inscrites')).toBe('8');
    expect(figure('Nouvelles inscriptions')).toBe('6');
    const table = screen.getByRole('table', { name: /^Par quartier/ });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Indicateur', 'Tout le territoire', 'Couronneries', '=HYPERLINK("x")', 'Sans quartier']);
    expect(quarterRow('Groupes')).toEqual(['2', '1', '1', '0']);
    expect(quarterRow('Nouvelles inscriptions')).toEqual(['6', '6', '0', '0']);
    expect(quarterRow('Inscriptions aux événements')).toEqual(['3', '3', '0', '0']);
  });

  it('on a phone, shows one quarter beside the territory, and every quarter when asked', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query === '(max-width: 480px)', media: query }));
    const user = userEvent.setup();
    await renderScreen(<OverviewScreen />, { path: '/overview' });
    await screen.findByText('Du 1 janvier 2025 au 31 décembre 2025');
    const headers = () =>
      within(screen.getByRole('table', { name: /^Par quartier/ }))
        .getAllByRole('columnheader')
        .map((th) => th.textContent);
    expect(headers()).toEqual(['Indicateur', 'Tout le territoire', 'Couronneries']);
    expect(quarterRow('Groupes')).toEqual(['2', '1']);
    await user.selectOptions(screen.getByLabelText('Quartier à côté du territoire'), 'Sans quartier');
    expect(headers()).toEqual(['Indicateur', 'Tout le territoire', 'Sans quartier']);
    await user.selectOptions(screen.getByLabelText('Quartier à côté du territoire'), 'Tous les quartiers');
    expect(headers()).toEqual(['Indicateur', 'Tout le territoire', 'Couronneries', '=HYPERLINK("x")', 'Sans quartier']);
  });

  it('keeps every table in a named region that scrolls sideways, so a phone never scrolls the whole page', async () => {
    await renderScreen(<OverviewScreen />, { path: '/overview' });
    await screen.findByText('Du 1 janvier 2025 au 31 décembre 2025');
    const tables = screen.getAllByRole('table', { hidden: true });
    // By quarter, the two charts' numbers, steps, production, outlets by kind and the events.
    expect(tables.length).toBeGreaterThanOrEqual(6);
    for (const table of tables) {
      const region = table.closest('.overview-table-wrap');
      expect(region, table.querySelector('caption')?.textContent ?? '').toHaveAttribute('role', 'region');
      expect(region).toHaveAttribute('tabindex', '0');
      expect(region).toHaveAccessibleName(table.querySelector('caption')?.textContent ?? '');
    }
  });

  it('shows the local-sourcing key figure under its whole, the shops and groceries', async () => {
    await renderScreen(<OverviewScreen />, { path: '/overview' });
    await screen.findByText('Du 1 janvier 2025 au 31 décembre 2025');
    const card = screen.getByText('Commerces et épiceries', { selector: 'dt' }).parentElement as HTMLElement;
    expect([...card.querySelectorAll('dd')].map((dd) => dd.textContent)).toEqual(['0', 'dont s’approvisionnant en local 0']);
    expect(screen.queryByText(/s’approvisionnant en local/, { selector: 'dt' })).not.toBeInTheDocument();
  });

  it('follows the period: last year, then two dates typed', async () => {
    const user = userEvent.setup();
    await renderScreen(<OverviewScreen />, { path: '/overview' });
    await screen.findByText('Du 1 janvier 2025 au 31 décembre 2025');
    await user.click(screen.getByRole('button', { name: 'L’an dernier' }));
    expect(await screen.findByText('Du 1 janvier 2024 au 31 décembre 2024')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'L’an dernier' })).toHaveAttribute('aria-pressed', 'true');
    expect(quarterRow('Nouvelles inscriptions')).toEqual(['2', '0', '0', '2']);

    const from = screen.getByLabelText('Du');
    await user.clear(from);
    await user.type(from, '2025-02-01');
    const to = screen.getByLabelText('Au');
    await user.clear(to);
    await user.type(to, '2025-03-31');
    expect(await screen.findByText('Du 1 février 2025 au 31 mars 2025')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Personnalisée' })).toHaveAttribute('aria-pressed', 'true');
    expect(quarterRow('Nouvelles inscriptions')).toEqual(['2', '2', '0', '0']);
  });

  it('masks counts from 1 to 4 for the authority, and says that 0 stays 0', async () => {
    const user = userEvent.setup();
    await renderScreen(<OverviewScreen />, { path: '/overview' });
    await screen.findByText('Du 1 janvier 2025 au 31 décembre 2025');
    expect(screen.getByText(/0 reste 0/)).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Pour la collectivité : masquer les petits effectifs' }));
    expect(quarterRow('Groupes')).toEqual(['<5', '<5', '<5', '0']);
    expect(quarterRow('Nouvelles inscriptions')).toEqual(['6', '6', '0', '0']);
    expect(figure('Personnes inscrites')).toBe('8');
    expect(screen.getByRole('link', { name: 'Rapport imprimable' })).toHaveAttribute(
      'href',
      '/overview/report?from=2025-01-01&to=2025-12-31&mask=1',
    );
  });

  it('exports the table as CSV, masked when asked, with formula-like names neutralised', async () => {
    const user = userEvent.setup();
    const downloads = captureDownloads();
    await renderScreen(<OverviewScreen />, { path: '/overview' });
    await screen.findByText('Du 1 janvier 2025 au 31 décembre 2025');
    await user.click(screen.getByRole('checkbox', { name: 'Pour la collectivité : masquer les petits effectifs' }));
    await user.click(screen.getByRole('button', { name: 'Exporter en CSV' }));
    await expect.poll(() => downloads.length).toBe(1);
    expect(downloads[0]?.fileName).toBe('vue-ensemble-2025-01-01-2025-12-31.csv');
    const lines = (await (downloads[0] as CapturedDownload).blob.text()).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('Indicateur;Tout le territoire;Couronneries;"\'=HYPERLINK(""x"")";Sans quartier');
    expect(lines).toContain('Groupes;<5;<5;<5;0');
    expect(lines).toContain('Nouvelles inscriptions;6;6;0;0');
    expect(lines).toContain('Mois;Inscriptions;Distributions');
    expect(lines).toContain('2025-02;<5;0');
    expect(lines).toHaveLength(1 + 24 + 1 + 1 + 12);
  });

  it('keeps the charts’ numbers in a table when the device cannot draw (no canvas here)', async () => {
    await renderScreen(<OverviewScreen />, { path: '/overview' });
    await screen.findByText('Du 1 janvier 2025 au 31 décembre 2025');
    expect(await screen.findAllByText('Graphique indisponible sur cet appareil : les chiffres sont dans le tableau.')).toHaveLength(2);
    const byQuarter = screen.getByRole('table', { name: 'Personnes inscrites et nouvelles inscriptions par quartier' });
    const rows = within(byQuarter)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.children].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Couronneries', '6', '6'],
      ['=HYPERLINK("x")', '0', '0'],
      ['Sans quartier', '2', '0'],
    ]);
    const byMonth = screen.getByRole('table', { name: 'Inscriptions et distributions par mois' });
    expect(within(byMonth).getAllByRole('row')).toHaveLength(13);
  });
});
