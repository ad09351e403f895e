import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SignoffSheetScreen } from '../../../../src/features/distributions/signoff-sheet-screen';
import { resetAppDb } from '../../../helpers/app-db';
import { captureDownloads } from '../../../helpers/download';
import { renderScreen } from '../../../helpers/render';
import { future, loadFixture } from './fixture';

beforeEach(async () => {
  await resetAppDb();
  await loadFixture();
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const renderSheet = () => renderScreen(<SignoffSheetScreen id={future.id} />, { path: `/distributions/${future.id}/sheet` });

describe('SignoffSheetScreen', () => {
  it('lists every basket due with its producer, quantities with their unit, an empty signature cell, proxies named, and the absent members apart with their numbers', async () => {
    await renderSheet();
    expect(await screen.findByRole('heading', { level: 1, name: 'Émargement — AMAP des Couronneries' })).toBeInTheDocument();
    expect(screen.getByText('mardi 2 juin 2099 · 18:00–19:30 · Salle polyvalente')).toBeInTheDocument();
    const table = screen.getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['N°', 'Nom', 'Prénom', 'Producteur', 'Panier', 'Qté', 'Taille', 'Procuration', 'Signature']);
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(rows).toHaveLength(4);
    expect(rows.map((cells) => cells[0])).toEqual(['1', '2', '3', '4']);
    expect(rows.map((cells) => cells.slice(1))).toEqual(
      expect.arrayContaining([
        ['=cmd()', 'Eve', 'La Ferme du Clain', 'Panier de légumes', '1 panier', 'moyen', '', ''],
        ['Benali', 'Nadia', 'La Ferme du Clain', 'Panier de légumes', '1 panier', 'moyen', 'Jeanne Petit', ''],
        ['Durand', 'Élodie', 'La Ferme du Clain', 'Panier de légumes', '1 panier', 'moyen', '', ''],
        ['Durand', 'Élodie', 'La Ferme du Clain', 'Œufs', '2 douzaines', '', '', ''],
      ]),
    );
    const absent = screen.getByRole('list', { name: 'Absent·e sans procuration (1)' });
    expect(within(absent).getByRole('listitem')).toHaveTextContent('5. Lefèvre Marc — Panier de légumes (en vacances)');
  });

  it('prints with the browser', async () => {
    const user = userEvent.setup();
    const print = vi.fn();
    vi.stubGlobal('print', print);
    await renderSheet();
    await user.click(await screen.findByRole('button', { name: 'Imprimer' }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('downloads the same rows as CSV, with formula-like cells neutralised', async () => {
    const user = userEvent.setup();
    const downloads = captureDownloads();
    await renderSheet();
    await user.click(await screen.findByRole('button', { name: 'Télécharger en CSV' }));
    await expect.poll(() => downloads.length).toBe(1);
    expect(downloads[0].fileName).toBe('emargement-amap-des-couronneries-2099-06-02.csv');
    const lines = (await downloads[0].blob.text()).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('N°;Nom;Prénom;Producteur;Panier;Qté;Taille;Procuration;Signature');
    expect(lines).toContain("1;'=cmd();Eve;La Ferme du Clain;Panier de légumes;1 panier;moyen;;");
    expect(lines).toContain('2;Benali;Nadia;La Ferme du Clain;Panier de légumes;1 panier;moyen;Jeanne Petit;');
    expect(lines).toContain('5;Lefèvre;Marc;;Panier de légumes;;;Absent·e;');
    expect(lines).toHaveLength(6);
    expect(lines.some((line) => line.includes(';=cmd()') || line.startsWith('='))).toBe(false);
  });
});
