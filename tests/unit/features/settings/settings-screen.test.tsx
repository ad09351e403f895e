import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { db } from '../../../../src/db/database';
import { mutate } from '../../../../src/db/mutators';
import type { LocalExport } from '../../../../src/db/export';
import { SettingsScreen } from '../../../../src/features/settings/settings-screen';
import { usePreferences } from '../../../../src/ui/preferences-store';
import { resetAppDb } from '../../../helpers/app-db';
import { captureDownloads } from '../../../helpers/download';
import { renderScreen } from '../../../helpers/render';
import { producerArgs, signUpArgs } from '../../../factories/entities';

beforeEach(async () => {
  await resetAppDb();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('SettingsScreen', () => {
  it('switches the language to English and remembers it', async () => {
    const user = userEvent.setup();
    await renderScreen(<SettingsScreen />, { path: '/settings' });
    expect(screen.getByRole('heading', { level: 1, name: 'Réglages' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Export the data' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    expect(usePreferences.getState().language).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    await user.click(screen.getByRole('button', { name: 'Français' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Réglages' })).toBeInTheDocument();
    expect(usePreferences.getState().language).toBe('fr');
  });

  it('saves this device’s name, trimmed, and shows it', async () => {
    const user = userEvent.setup();
    await renderScreen(<SettingsScreen />, { path: '/settings' });
    expect(await screen.findByText('Cet appareil n’a pas encore de nom.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Nom de cet appareil'), '  Téléphone du stand 2 ');
    await user.click(within(screen.getByRole('region', { name: 'Cet appareil' })).getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText('Nom actuel : Téléphone du stand 2')).toBeInTheDocument();
    expect((await db.device.get('device'))?.deviceName).toBe('Téléphone du stand 2');
    expect(screen.getByText('Nom enregistré.')).toBeInTheDocument();
  });

  it('exports every table as a JSON download named with the date', async () => {
    const user = userEvent.setup();
    const member = signUpArgs({ firstName: 'Exportée' });
    const producer = producerArgs({ name: 'Ferme exportée' });
    await mutate('member.signUp', member);
    await mutate('producer.create', producer);
    const downloads = captureDownloads();

    await renderScreen(<SettingsScreen />, { path: '/settings' });
    await user.click(screen.getByRole('button', { name: 'Télécharger toutes les données' }));

    const today = new Date();
    const expectedName = `court-circuit-export-${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}.json`;
    expect(await screen.findByText(`Fichier ${expectedName} préparé.`)).toBeInTheDocument();
    expect(downloads).toHaveLength(1);
    expect(downloads[0].fileName).toBe(expectedName);
    const data = JSON.parse(await downloads[0].blob.text()) as LocalExport;
    expect(data.schemaVersion).toBe(db.verno);
    expect(Date.parse(data.exportedAt)).not.toBeNaN();
    expect(data.tables.members).toEqual([expect.objectContaining({ id: member.id, firstName: 'Exportée' })]);
    expect(data.tables.producers).toEqual([expect.objectContaining({ id: producer.id, name: 'Ferme exportée' })]);
    expect(data.tables.outbox).toHaveLength(2);
    expect(data.tables.device).toHaveLength(1);
  });

  it('shows the app version', async () => {
    await renderScreen(<SettingsScreen />, { path: '/settings' });
    expect(screen.getByTestId('app-version')).toHaveTextContent(/^\d+\.\d+\.\d+/);
  });
});

describe('SettingsScreen — storage', () => {
  it('copes with a browser without navigator.storage', async () => {
    vi.stubGlobal('navigator', { ...navigator, storage: undefined });
    await renderScreen(<SettingsScreen />, { path: '/settings' });
    expect(await screen.findByText('Ce navigateur ne dit pas s’il conserve les données.')).toBeInTheDocument();
    expect(screen.getByText('Ce navigateur n’indique pas la place utilisée.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Demander au navigateur de conserver les données' })).toBeNull();
  });

  it('shows persistence and the estimate, and asks for persistent storage', async () => {
    const user = userEvent.setup();
    const persist = vi.fn(async () => false);
    vi.stubGlobal('navigator', {
      ...navigator,
      storage: { persisted: async () => false, persist, estimate: async () => ({ usage: 1_500_000, quota: 2_000_000_000 }) },
    });
    await renderScreen(<SettingsScreen />, { path: '/settings' });
    expect(await screen.findByText(/Le navigateur peut effacer les données/)).toBeInTheDocument();
    expect(screen.getByTestId('storage-estimate')).toHaveTextContent(/Place utilisée : 1,5\sMo sur 2\sGo disponibles\./);
    await user.click(screen.getByRole('button', { name: 'Demander au navigateur de conserver les données' }));
    expect(persist).toHaveBeenCalledTimes(1);
    expect(await screen.findByText(/Le navigateur a refusé/)).toBeInTheDocument();
  });

  it('reports a granted request', async () => {
    const user = userEvent.setup();
    vi.stubGlobal('navigator', { ...navigator, storage: { persisted: async () => false, persist: async () => true } });
    await renderScreen(<SettingsScreen />, { path: '/settings' });
    await user.click(await screen.findByRole('button', { name: 'Demander au navigateur de conserver les données' }));
    expect(await screen.findByText('Le navigateur a accepté.')).toBeInTheDocument();
    expect(screen.getByTestId('storage-persistence')).toHaveTextContent('Le navigateur conservera les données');
  });
});
