import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { db } from '../../../../src/db/database';
import { mutate } from '../../../../src/db/mutators';
import { PartnerEditScreen } from '../../../../src/features/programme/partner-edit-screen';
import { PartnersScreen } from '../../../../src/features/programme/partners-screen';
import { ProgrammeScreen } from '../../../../src/features/programme/programme-screen';
import { resetAppDb } from '../../../helpers/app-db';
import { renderScreen } from '../../../helpers/render';
import { eventArgs, partnerArgs } from '../../../factories/entities';

beforeEach(async () => {
  await resetAppDb();
});

describe('programme hub', () => {
  it('links to the overview, events, partners, shops, initiatives and the import', async () => {
    await renderScreen(<ProgrammeScreen />, { path: '/programme' });
    expect(screen.getByRole('heading', { level: 1, name: 'Programme' })).toBeInTheDocument();
    const links = within(screen.getByRole('list', { name: 'Programme' })).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '/overview',
      '/events',
      '/partners',
      '/outlets',
      '/initiatives',
      '/import',
    ]);
    expect(links[0]).toHaveTextContent('Bilan du territoire');
    expect(links[1]).toHaveTextContent('Événements');
    expect(links[4]).toHaveTextContent('Démarches');
  });
});

describe('partners', () => {
  it('refuses an empty name and a malformed e-mail with field errors, and saves nothing', async () => {
    const user = userEvent.setup();
    const { location } = await renderScreen(<PartnerEditScreen id={null} />, { path: '/partners/new' });
    await user.type(await screen.findByLabelText('E-mail'), 'pas-un-mail');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Le formulaire contient des erreurs');
    expect(screen.getByLabelText('Nom de l’organisation')).toHaveAttribute('aria-invalid', 'true');
    const email = screen.getByLabelText('E-mail');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription(/.+/);
    expect(await db.partners.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    expect(location()).toBe('/partners/new');
  });

  it('creates a partner with trimmed values and lists it', async () => {
    const user = userEvent.setup();
    const { location, unmount } = await renderScreen(<PartnerEditScreen id={null} />, { path: '/partners/new' });
    await user.type(await screen.findByLabelText('Nom de l’organisation'), '  Réseau Bio 86 ');
    await user.selectOptions(screen.getByLabelText('Type'), 'Réseau bio');
    await user.type(screen.getByLabelText('E-mail'), 'contact@bio86.fr');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await expect.poll(() => location()).toBe('/partners');
    const [saved] = await db.partners.toArray();
    expect(saved).toMatchObject({ name: 'Réseau Bio 86', kind: 'organicNetwork', email: 'contact@bio86.fr', deleted: false });
    unmount();

    await renderScreen(<PartnersScreen />, { path: '/partners' });
    expect(await screen.findByRole('link', { name: /Réseau Bio 86/ })).toHaveAttribute('href', `/partners/${saved?.id}`);
  });

  it('lists the events where the partner was present', async () => {
    const partner = partnerArgs({ name: 'Chambre d’agriculture' });
    await mutate('partner.create', partner);
    const present = eventArgs({ name: 'Table ronde circuits courts', partnerIds: [partner.id] });
    const absent = eventArgs({ name: 'Conseil de quartier Nord' });
    await mutate('event.create', present);
    await mutate('event.create', absent);
    await renderScreen(<PartnerEditScreen id={partner.id} />, { path: `/partners/${partner.id}` });
    expect(await screen.findByRole('heading', { level: 2, name: 'Présent à (1)' })).toBeInTheDocument();
    const link = screen.getByRole('link', { name: /Table ronde circuits courts/ });
    expect(link).toHaveAttribute('href', `/events/${present.id}`);
    expect(link).toHaveTextContent('Table ronde circuits courts · 20 juin 2026');
    expect(screen.queryByText(/Conseil de quartier Nord/)).not.toBeInTheDocument();
  });

  it('deletes a partner after confirmation', async () => {
    const user = userEvent.setup();
    const partner = partnerArgs();
    await mutate('partner.create', partner);
    const { location } = await renderScreen(<PartnerEditScreen id={partner.id} />, { path: `/partners/${partner.id}` });
    await user.click(await screen.findByRole('button', { name: 'Supprimer' }));
    await user.click(screen.getByRole('button', { name: 'Confirmer la suppression' }));
    await expect.poll(() => location()).toBe('/partners');
    expect(await db.partners.get(partner.id)).toMatchObject({ deleted: true });
  });
});
