import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { db } from '../../../../src/db/database';
import { runMutation } from '../../../../src/db/mutate';
import type { PlannedStep } from '../../../../src/domain/import/row-planner';
import { ImportScreen } from '../../../../src/features/import/import-screen';
import { resetAppDb } from '../../../helpers/app-db';
import { renderScreen } from '../../../helpers/render';

// Each chunk's write waits for the test to let it through, so the progress can be seen mid-way.
const gate = vi.hoisted(() => ({ open: Promise.resolve() as Promise<void> }));
vi.mock('../../../../src/db/import', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../../src/db/import')>();
  return {
    ...original,
    applyImportRows: async (target: typeof db, rows: readonly (readonly PlannedStep[])[]) => {
      await gate.open;
      return original.applyImportRows(target, rows);
    },
  };
});

function csvFile(path: string, name = path.split('/').at(-1) ?? 'file.csv'): File {
  return new File([readFileSync(resolve(__dirname, '../../../..', path), 'utf8')], name, { type: 'text/csv' });
}

beforeEach(async () => {
  await resetAppDb();
  gate.open = Promise.resolve();
  for (const name of ['Trois-Cités', 'Couronneries', 'Poitiers Sud', 'Buxerolles', 'Saint-Benoît', 'Migné-Auxances']) {
    await runMutation(db, 'area.create', { id: `area-${name}`, name, kind: 'quarter' });
  }
});

describe('ImportScreen', () => {
  it('previews errors in words and writes nothing until "Importer"; then writes the valid rows and sums up', async () => {
    const user = userEvent.setup();
    await renderScreen(<ImportScreen />, { path: '/import' });
    await user.upload(screen.getByLabelText('Fichier des membres (CSV)'), csvFile('tests/fixtures/import/members-bad-rows.csv'));

    expect(
      await screen.findByText('Ligne 2, colonne email : Cette adresse e-mail est mal formée (ex. nom@exemple.fr).'),
    ).toBeInTheDocument();
    expect(screen.getByText(/Ligne 3, colonne consentement : sans « oui »/)).toBeInTheDocument();
    expect(
      screen.getByText('Ligne 4, colonne quartier : quartier ou commune « Trois-Cité » inconnu ; vouliez-vous dire « Trois-Cités » ?'),
    ).toBeInTheDocument();
    expect(screen.getByText(/Ligne 9, colonne telephone : la cellule commence par « = »/)).toBeInTheDocument();
    expect(screen.getByText('2 à créer, 0 à mettre à jour, 0 déjà présents (ignorés), 8 en erreur')).toBeInTheDocument();
    expect(await db.members.count()).toBe(0);

    let release = () => {};
    gate.open = new Promise((resolve) => (release = resolve));
    await user.click(screen.getByRole('button', { name: 'Importer' }));
    const progress = await screen.findByLabelText('Écriture des lignes');
    expect(progress).toHaveAttribute('max', '2');
    expect(progress).toHaveAttribute('value', '0');
    release();

    expect(
      await screen.findByText(/Import terminé : 2 lignes créées, 0 mises à jour, 0 déjà présentes \(ignorées\), 8 refusées/),
    ).toBeInTheDocument();
    expect((await db.members.toArray()).map((m) => m.firstName).sort()).toEqual(['Ana', 'Marie']);
    expect(screen.queryByRole('button', { name: 'Importer' })).not.toBeInTheDocument();
  });

  it('imports the example files together, and the same files again create nothing', async () => {
    const user = userEvent.setup();
    await renderScreen(<ImportScreen />, { path: '/import' });
    const choose = async () => {
      for (const [label, file] of [
        ['Fichier des groupes (CSV)', 'groups.csv'],
        ['Fichier des membres (CSV)', 'members.csv'],
      ] as const) {
        await user.upload(screen.getByLabelText(label), csvFile(`examples/import/${file}`));
      }
    };
    await choose();
    await screen.findByText('3 à créer, 0 à mettre à jour, 0 déjà présents (ignorés), 0 en erreur', undefined, { timeout: 3000 });
    await user.click(screen.getByRole('button', { name: 'Importer' }));
    expect(await screen.findByText(/Import terminé : 6 lignes créées/)).toBeInTheDocument();

    await choose();
    await waitFor(() =>
      expect(screen.getAllByText('0 à créer, 0 à mettre à jour, 3 déjà présents (ignorés), 0 en erreur')).toHaveLength(2),
    );
    expect(screen.getByText('Aucune ligne à écrire : tout est déjà présent ou en erreur.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Importer' })).toBeDisabled();
    expect(await db.members.count()).toBe(3);
  });

  it('refuses a file with wrong columns, listing the expected ones', async () => {
    const user = userEvent.setup();
    await renderScreen(<ImportScreen />, { path: '/import' });
    await user.upload(screen.getByLabelText('Fichier des membres (CSV)'), csvFile('tests/fixtures/import/members-missing-columns.csv'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Colonnes inconnues : telefone. Colonnes attendues : prenom, nom, telephone, email, consentement, quartier, taille_foyer, envies, groupes, notes, date_consentement.',
    );
  });

  it('refuses, in words, a row whose cells do not match the columns, and writes nothing of it', async () => {
    const user = userEvent.setup();
    await renderScreen(<ImportScreen />, { path: '/import' });
    const lines = ['nom;produits;notes', 'Louis Extra;légumes;Paniers; toute l année; livraison mardi', 'Paul Miel'];
    await user.upload(
      screen.getByLabelText('Fichier des producteurs (CSV)'),
      new File([lines.join('\n')], 'producteurs.csv', { type: 'text/csv' }),
    );

    expect(
      await screen.findByText(
        'Ligne 2 : 5 cellules pour 3 colonnes — un « ; » ou une « , » sans guillemets dans une cellule ? Une cellule qui contient le séparateur s’écrit entre guillemets : "Paniers; toute l’année".',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Ligne 3 : 1 cellule pour 3 colonnes — un séparateur oublié ? Chaque ligne a une cellule par colonne, même vide.'),
    ).toBeInTheDocument();
    expect(screen.getByText('0 à créer, 0 à mettre à jour, 0 déjà présents (ignorés), 2 en erreur')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Importer' })).toBeDisabled();
    expect(await db.producers.count()).toBe(0);
  });

  it('reads a file saved by Excel in Windows-1252 with its accents, and says it was read so', async () => {
    const user = userEvent.setup();
    await renderScreen(<ImportScreen />, { path: '/import' });
    const text = 'prenom;nom;telephone;email;consentement;quartier\nHélène;Mézières;06 00 00 00 31;;oui;Trois-Cités\n';
    const latin1 = new Uint8Array([...text].map((letter) => letter.charCodeAt(0)));
    await user.upload(screen.getByLabelText('Fichier des membres (CSV)'), new File([latin1], 'membres.csv', { type: 'text/csv' }));

    expect(
      await screen.findByText(
        'Fichier membres.csv lu en Windows-1252 (l’encodage d’Excel) : il n’était pas en UTF-8. Vérifiez les accents dans l’aperçu.',
      ),
    ).toBeInTheDocument();
    expect(await screen.findByText('— Hélène Mézières')).toBeInTheDocument();
    expect(screen.getByText('1 à créer, 0 à mettre à jour, 0 déjà présents (ignorés), 0 en erreur')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Importer' }));
    await screen.findByText(/Import terminé : 1 lignes créées/);
    expect(await db.members.toArray()).toEqual([
      expect.objectContaining({ firstName: 'Hélène', lastName: 'Mézières', quarterId: 'area-Trois-Cités' }),
    ]);
  });

  it('refuses a file over 5 MB before reading it', async () => {
    const user = userEvent.setup();
    await renderScreen(<ImportScreen />, { path: '/import' });
    const big = new File(['x'.repeat(5 * 1024 * 1024 + 1)], 'enorme.csv', { type: 'text/csv' });
    const input = screen.getByLabelText('Fichier des producteurs (CSV)');
    await user.upload(input, big);
    expect(await screen.findByRole('alert')).toHaveTextContent('Le fichier pèse plus de 5 Mo : il n’a pas été lu.');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('button', { name: 'Importer' })).not.toBeInTheDocument();
  });

  it('exports in the same format, formula-like cells neutralised', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:export';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await runMutation(db, 'group.create', {
      id: 'g1',
      name: '=Groupe',
      kind: 'amap',
      quarterId: null,
      place: '',
      rhythm: 'weekly',
      rhythmNote: '',
    });
    await renderScreen(<ImportScreen />, { path: '/import' });
    await user.click(screen.getByRole('button', { name: 'Exporter les groupes' }));
    expect(await screen.findByText(/Fichier groupes-\d{4}-\d{2}-\d{2}\.csv enregistré\./)).toBeInTheDocument();
    // A byte-order mark first (Blob.text() drops it when decoding), so a spreadsheet reads UTF-8.
    expect([...new Uint8Array(await blobs[0].arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = await blobs[0].text();
    expect(text.split(/\r?\n/)).toEqual(['nom;type;rythme;quartier;lieu;precision_rythme', "'=Groupe;AMAP;hebdomadaire;;;"]);
  });
});
