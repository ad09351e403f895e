import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { joinId } from '../../../../src/domain/rows/ids';
import { db } from '../../../../src/db/database';
import { mutate } from '../../../../src/db/mutators';
import { EventDetailScreen } from '../../../../src/features/programme/event-detail-screen';
import { EventNewScreen } from '../../../../src/features/programme/event-new-screen';
import { EventsScreen } from '../../../../src/features/programme/events-screen';
import { resetAppDb } from '../../../helpers/app-db';
import { renderScreen } from '../../../helpers/render';
import { eventArgs, partnerArgs, producerArgs, signUpArgs } from '../../../factories/entities';

beforeEach(async () => {
  await resetAppDb();
});

const lastMutation = async () => (await db.outbox.toArray()).at(-1);

describe('events list and creation', () => {
  it('refuses an event without a name or date, and saves nothing', async () => {
    const user = userEvent.setup();
    const { location } = await renderScreen(<EventNewScreen />, { path: '/events/new' });
    await user.click(await screen.findByRole('button', { name: 'Créer' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Le formulaire contient des erreurs');
    expect(screen.getByLabelText('Nom de l’événement')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Date')).toHaveAttribute('aria-invalid', 'true');
    expect(await db.events.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    expect(location()).toBe('/events/new');
  });

  it('creates a meeting and opens it; the list shows it', async () => {
    const user = userEvent.setup();
    const { location, unmount } = await renderScreen(<EventNewScreen />, { path: '/events/new' });
    await user.type(await screen.findByLabelText('Nom de l’événement'), 'Rencontre des maraîchers');
    await user.selectOptions(screen.getByLabelText('Type'), 'Rencontre de producteurs');
    await user.type(screen.getByLabelText('Date'), '2026-10-02');
    await user.type(screen.getByLabelText('Lieu'), 'Salle des fêtes');
    await user.click(screen.getByRole('button', { name: 'Créer' }));
    const [saved] = await db.events.toArray();
    await expect.poll(() => location()).toBe(`/events/${saved?.id}`);
    expect(saved).toMatchObject({
      name: 'Rencontre des maraîchers',
      kind: 'producersMeeting',
      date: '2026-10-02',
      place: 'Salle des fêtes',
      quarterId: null,
    });
    // Partners and visitors are not part of the creation: a missing value reads as none.
    expect(saved?.partnerIds).toBeUndefined();
    unmount();
    await renderScreen(<EventsScreen />, { path: '/events' });
    expect(await screen.findByRole('link', { name: /Rencontre des maraîchers/ })).toHaveAttribute('href', `/events/${saved?.id}`);
  });
});

describe('event detail', () => {
  it('marks partners present with one tap each, sending only partnerIds', async () => {
    const user = userEvent.setup();
    const chamber = partnerArgs({ name: 'Chambre d’agriculture' });
    const university = partnerArgs({ name: 'Université' });
    await mutate('partner.create', chamber);
    await mutate('partner.create', university);
    const event = eventArgs({ name: 'Table ronde' });
    await mutate('event.create', event);
    await renderScreen(<EventDetailScreen id={event.id} />, { path: `/events/${event.id}` });

    await user.click(await screen.findByRole('button', { name: 'Université' }));
    await expect.poll(async () => (await db.events.get(event.id))?.partnerIds).toEqual([university.id]);
    expect((await lastMutation())?.args).toEqual({ id: event.id, patch: { partnerIds: [university.id] } });
    await user.click(screen.getByRole('button', { name: 'Chambre d’agriculture' }));
    await expect.poll(async () => (await db.events.get(event.id))?.partnerIds?.slice().sort()).toEqual([chamber.id, university.id].sort());
    expect(await screen.findByRole('heading', { name: 'Partenaires présents (2)' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Université' }));
    await expect.poll(async () => (await db.events.get(event.id))?.partnerIds).toEqual([chamber.id]);
    await expect.poll(() => screen.getByRole('button', { name: 'Université' }).getAttribute('aria-pressed')).toBe('false');
  });

  it('records and removes named attendees, members and producers', async () => {
    const user = userEvent.setup();
    const event = eventArgs();
    const member = signUpArgs({ firstName: 'Élodie', lastName: 'Marchand' });
    const producer = producerArgs({ name: 'Jeanne Sillon' });
    await mutate('event.create', event);
    await mutate('member.signUp', member);
    await mutate('producer.create', producer);
    await renderScreen(<EventDetailScreen id={event.id} />, { path: `/events/${event.id}` });

    const search = await screen.findByLabelText('Chercher un membre ou un producteur');
    await user.type(search, 'elodie');
    const results = await screen.findByRole('list', { name: 'Résultats de la recherche' });
    await user.click(within(results).getByRole('button', { name: /Présent/ }));
    await expect.poll(async () => db.attendance.get(joinId(event.id, member.id))).toMatchObject({ attendeeKind: 'member', present: true });
    expect((await lastMutation())?.args).toEqual({ eventId: event.id, attendeeKind: 'member', attendeeId: member.id, present: true });

    await user.clear(search);
    await user.type(search, 'sillon');
    await user.click(
      within(await screen.findByRole('list', { name: 'Résultats de la recherche' })).getByRole('button', { name: /Présent/ }),
    );
    const present = await screen.findByRole('list', { name: 'Personnes présentes' });
    await expect.poll(() => within(present).queryAllByRole('listitem').length).toBe(2);
    expect(screen.getByRole('heading', { name: 'Présents nommés (2)' })).toBeInTheDocument();
    expect(within(present).getAllByRole('listitem')[1]).toHaveTextContent(/Jeanne Sillon.*Producteur·rice/);

    await user.click(within(present).getByRole('button', { name: /Retirer Élodie Marchand/ }));
    await expect.poll(async () => (await db.attendance.get(joinId(event.id, member.id)))?.present).toBe(false);
    await expect.poll(() => screen.queryByRole('heading', { name: 'Présents nommés (1)' })).not.toBeNull();
  });

  it('refuses a negative visitor count with a field error, then saves a whole number', async () => {
    const user = userEvent.setup();
    const event = eventArgs();
    await mutate('event.create', event);
    await renderScreen(<EventDetailScreen id={event.id} />, { path: `/events/${event.id}` });
    const visitors = await screen.findByLabelText('Visiteurs non nommés');
    const outboxBefore = await db.outbox.count();
    await user.clear(visitors);
    await user.type(visitors, '-1');
    const form = screen.getByRole('form', { name: 'Visiteurs' });
    await user.click(within(form).getByRole('button', { name: 'Enregistrer' }));
    await expect.poll(() => visitors.getAttribute('aria-invalid')).toBe('true');
    expect(visitors).toHaveAccessibleDescription(/Un nombre entier, zéro ou plus\./);
    expect(await db.outbox.count()).toBe(outboxBefore);
    expect((await db.events.get(event.id))?.visitorCount).toBeUndefined();

    await user.clear(visitors);
    await user.type(visitors, '120');
    await user.click(within(form).getByRole('button', { name: 'Enregistrer' }));
    await expect.poll(async () => (await db.events.get(event.id))?.visitorCount).toBe(120);
    expect((await lastMutation())?.args).toEqual({ id: event.id, patch: { visitorCount: 120 } });
    // The error clears when the save's answer comes back, which may be just after the row is written.
    await waitFor(() => expect(visitors).not.toHaveAttribute('aria-invalid'));
  });

  it('lists the sign-ups taken at the event, with their count', async () => {
    const event = eventArgs();
    const elsewhere = eventArgs();
    await mutate('event.create', event);
    await mutate('event.create', elsewhere);
    await mutate('member.signUp', signUpArgs({ firstName: 'Ana', signupEventId: event.id }));
    await mutate('member.signUp', signUpArgs({ firstName: 'Bruno', signupEventId: event.id }));
    await mutate('member.signUp', signUpArgs({ firstName: 'Chloé', signupEventId: elsewhere.id }));
    await renderScreen(<EventDetailScreen id={event.id} />, { path: `/events/${event.id}` });
    expect(await screen.findByRole('heading', { name: 'Inscriptions prises ici (2)' })).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Inscrits à cet événement' });
    expect(
      within(list)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Ana Martin', 'Bruno Martin']);
  });

  it('says so when the event does not exist', async () => {
    await renderScreen(<EventDetailScreen id="nope" />, { path: '/events/nope' });
    expect(await screen.findByRole('alert')).toHaveTextContent('Cette fiche n’existe pas');
  });
});

describe('event dates', () => {
  const festival = eventArgs({ name: 'Fête des Couronneries', date: '2026-12-13' });

  it.each([
    ['fr', '13 décembre 2026'],
    ['en', '13 December 2026'],
  ] as const)('reads the day in words in the list and on the event’s page (%s)', async (language, day) => {
    await mutate('event.create', festival);
    const { unmount } = await renderScreen(<EventsScreen />, { path: '/events', language });
    expect(await screen.findByRole('link', { name: /Fête des Couronneries/ })).toHaveTextContent(day);
    expect(document.body).not.toHaveTextContent('2026-12-13');
    unmount();

    await renderScreen(<EventDetailScreen id={festival.id} />, { path: `/events/${festival.id}`, language });
    expect(await screen.findByText(day)).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent('2026-12-13');
  });
});
