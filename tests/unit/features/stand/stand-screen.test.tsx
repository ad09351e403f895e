import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../src/db/database';
import { getDevice, setDeviceName } from '../../../../src/db/device';
import { runMutation } from '../../../../src/db/mutate';
import { saveSession } from '../../../../src/db/session';
import { localToday } from '../../../../src/domain/format/day-format';
import { emptyDraft } from '../../../../src/features/stand/stand-form';
import { StandScreen } from '../../../../src/features/stand/stand-screen';
import { STAND_STORAGE_KEY, useStandStore } from '../../../../src/features/stand/stand-store';
import { areaArgs, eventArgs, groupArgs, signUpArgs } from '../../../factories/entities';
import { resetAppDb } from '../../../helpers/app-db';
import { renderScreen } from '../../../helpers/render';

const SUBMIT = { name: 'Enregistrer et suivant' };

async function seed<N extends Parameters<typeof runMutation>[1]>(name: N, args: Parameters<typeof runMutation<N>>[2]) {
  const result = await runMutation(db, name, args);
  if (!result.ok) throw new Error(`seed ${name} failed: ${JSON.stringify(result.issues)}`);
  return args;
}

async function seedStand() {
  const quarter = await seed('area.create', areaArgs({ name: 'Saint-Éloi' }));
  const other = await seed('area.create', areaArgs({ name: 'Couronneries' }));
  const event = await seed('event.create', eventArgs({ name: 'Fête de Saint-Éloi', quarterId: quarter.id }));
  return { quarter, other, event };
}

/** Renders the stand with an event already chosen, and waits for the form. */
async function renderWithEvent(eventId: string, quarterId: string | null) {
  useStandStore.getState().chooseEvent(eventId, quarterId);
  const rendered = await renderScreen(<StandScreen />, { path: '/stand' });
  await screen.findByRole('heading', { name: 'Nouvelle inscription' });
  return rendered;
}

async function fillValidPerson(user: UserEvent) {
  await user.type(screen.getByLabelText('Prénom'), '  Élodie ');
  await user.type(screen.getByLabelText('Nom'), 'Durand  ');
  await user.type(screen.getByLabelText('Téléphone'), '06 12 34 56 78');
  await user.click(screen.getByLabelText('La personne a pris connaissance de ce texte et est d’accord'));
}

const counts = async () => ({ members: await db.members.count(), outbox: await db.outbox.count() });

beforeEach(async () => {
  await resetAppDb();
  localStorage.clear();
  useStandStore.setState({ eventId: null, draft: emptyDraft(null) });
});

describe('choosing the stand’s event', () => {
  it('creates an event on the spot, dated today, and starts the form with its quarter', async () => {
    const quarter = await seed('area.create', areaArgs({ name: 'Saint-Éloi' }));
    const user = userEvent.setup();
    await renderScreen(<StandScreen />, { path: '/stand' });

    await screen.findByText('Aucun événement pour l’instant : créez celui du stand ci-dessous.');
    expect(screen.getByLabelText('Date')).toHaveValue(localToday());
    expect(screen.getByLabelText('Type d’événement')).toHaveValue('festivalStand');
    await user.type(screen.getByLabelText('Nom de l’événement'), '  Fête de Saint-Éloi ');
    await user.type(screen.getByLabelText('Lieu'), 'Parc de Saint-Éloi');
    await user.selectOptions(screen.getByLabelText('Quartier de l’événement'), quarter.id);
    await user.click(screen.getByRole('button', { name: 'Créer et commencer les inscriptions' }));

    await screen.findByRole('heading', { name: 'Nouvelle inscription' });
    const events = await db.events.toArray();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      name: 'Fête de Saint-Éloi',
      kind: 'festivalStand',
      date: localToday(),
      place: 'Parc de Saint-Éloi',
      quarterId: quarter.id,
    });
    expect(useStandStore.getState().eventId).toBe(events[0]?.id);
    expect(JSON.parse(localStorage.getItem(STAND_STORAGE_KEY) ?? '{}').state.eventId).toBe(events[0]?.id);
    await waitFor(() => expect(screen.getByLabelText('Quartier')).toHaveValue(quarter.id));
  });

  it('shares an animator’s new event with their group, so their group’s other phones hold its sign-ups', async () => {
    const group = await seed('group.create', groupArgs({ name: 'AMAP des Couronneries' }));
    await seed('group.create', groupArgs({ name: 'AMAP de Saint-Éloi' }));
    const user = { id: 'u2', login: 'paul', name: 'Paul Durand', role: 'animator' as const, producerId: null, groupIds: [group.id] };
    await saveSession(db, { token: 'tok', sessionId: 'session-here', user }, new Date().toISOString());
    const typing = userEvent.setup();
    await renderScreen(<StandScreen />, { path: '/stand' });

    const share = await screen.findByLabelText('Groupe qui tient le stand');
    await waitFor(() => expect(share).toHaveValue(group.id));
    expect(
      within(share)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Aucun : l’événement reste le mien', 'AMAP des Couronneries']);
    await typing.type(screen.getByLabelText('Nom de l’événement'), 'Fête des Couronneries');
    await typing.click(screen.getByRole('button', { name: 'Créer et commencer les inscriptions' }));
    await screen.findByRole('heading', { name: 'Nouvelle inscription' });
    expect((await db.events.toArray())[0]).toMatchObject({ name: 'Fête des Couronneries', groupId: group.id });
  });

  it('shows field errors and creates nothing when the event has no name', async () => {
    const user = userEvent.setup();
    await renderScreen(<StandScreen />, { path: '/stand' });
    await user.click(await screen.findByRole('button', { name: 'Créer et commencer les inscriptions' }));
    const name = screen.getByLabelText('Nom de l’événement');
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(name).toHaveAccessibleDescription('Ce champ est obligatoire.');
    expect(await db.events.count()).toBe(0);
  });

  it('picks an existing event, and can change it', async () => {
    const { quarter, event } = await seedStand();
    await seed('event.create', eventArgs({ name: 'Table ronde', date: '2026-05-01' }));
    const user = userEvent.setup();
    await renderScreen(<StandScreen />, { path: '/stand' });

    await user.click(await screen.findByRole('button', { name: /Fête de Saint-Éloi/ }));
    await screen.findByRole('heading', { name: 'Nouvelle inscription' });
    expect(useStandStore.getState().eventId).toBe(event.id);
    await waitFor(() => expect(screen.getByLabelText('Quartier')).toHaveValue(quarter.id));
    expect(screen.getByRole('region', { name: 'Événement en cours' })).toHaveTextContent('Fête de Saint-Éloi');

    await user.click(screen.getByRole('button', { name: 'Changer d’événement' }));
    await user.click(await screen.findByRole('button', { name: /Table ronde/ }));
    expect(await screen.findByRole('region', { name: 'Événement en cours' })).toHaveTextContent('Table ronde');
  });

  it('asks for another event when the stored one no longer exists', async () => {
    const { event } = await seedStand();
    await seed('event.delete', { id: event.id });
    useStandStore.getState().chooseEvent(event.id, null);
    await renderScreen(<StandScreen />, { path: '/stand' });
    await screen.findByText(/L’événement choisi n’existe plus/);
    expect(screen.queryByRole('heading', { name: 'Nouvelle inscription' })).not.toBeInTheDocument();
  });
});

describe('signing a person up', () => {
  it('saves trimmed values with the event and the device, then clears the form for the next person', async () => {
    const { quarter, other, event } = await seedStand();
    await setDeviceName(db, 'Stand A');
    const device = await getDevice(db);
    const before = await counts();
    const user = userEvent.setup();
    await renderWithEvent(event.id, quarter.id);
    expect(screen.getByText('Aucune inscription sur ce téléphone pour cet événement')).toBeInTheDocument();
    expect(screen.getByText(/J’accepte que Court-circuit conserve mon nom/)).toBeInTheDocument();

    await fillValidPerson(user);
    await user.type(screen.getByLabelText('E-mail'), ' elodie@exemple.fr ');
    await user.selectOptions(screen.getByLabelText('Quartier'), other.id);
    await user.type(screen.getByLabelText('Personnes au foyer'), '3');
    await user.click(screen.getByRole('button', { name: 'Légumes' }));
    await user.click(screen.getByRole('button', { name: 'Œufs' }));
    expect(screen.getByRole('button', { name: 'Œufs' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Miel' })).toHaveAttribute('aria-pressed', 'false');
    await user.click(screen.getByText('Ajouter une note'));
    await user.type(screen.getByLabelText('Notes'), ' Rappeler en septembre ');
    await user.click(screen.getByRole('button', SUBMIT));

    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Élodie Durand inscrit·e'));
    const members = await db.members.toArray();
    expect(members).toHaveLength(before.members + 1);
    expect(members[0]).toMatchObject({
      firstName: 'Élodie',
      lastName: 'Durand',
      phone: '+33612345678',
      email: 'elodie@exemple.fr',
      noContact: false,
      quarterId: other.id,
      householdSize: 3,
      interests: ['vegetables', 'eggs'],
      notes: 'Rappeler en septembre',
      signupEventId: event.id,
      signupDeviceId: device.clientId,
      consentDeviceId: device.clientId,
      signupDeviceName: 'Stand A',
      consentGiven: true,
      consentTextVersion: '2026-11-v1',
    });
    expect(members[0]?.signupAt).toBe(members[0]?.consentAt);
    const outbox = await db.outbox.toArray();
    expect(outbox).toHaveLength(before.outbox + 1);
    expect(outbox.at(-1)).toMatchObject({ name: 'member.signUp', args: { id: members[0]?.id } });

    const firstName = screen.getByLabelText('Prénom');
    expect(firstName).toHaveValue('');
    expect(firstName).toHaveFocus();
    expect(screen.getByLabelText('Nom')).toHaveValue('');
    expect(screen.getByLabelText('Téléphone')).toHaveValue('');
    expect(screen.getByLabelText('La personne a pris connaissance de ce texte et est d’accord')).not.toBeChecked();
    expect(screen.getByRole('button', { name: 'Œufs' })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByLabelText('Quartier')).toHaveValue(quarter.id);
    expect(await screen.findByText('1 inscription sur ce téléphone pour cet événement')).toBeInTheDocument();
    expect(useStandStore.getState().draft).toEqual(emptyDraft(quarter.id));
  });

  it('signs up a person with no contact when "no contact" is ticked, and counts on', async () => {
    const { quarter, event } = await seedStand();
    const user = userEvent.setup();
    await renderWithEvent(event.id, null);
    for (const name of ['Marie', 'Ahmed']) {
      await user.type(screen.getByLabelText('Prénom'), name);
      await user.click(screen.getByLabelText('Pas de contact (ni téléphone ni e-mail)'));
      await user.click(screen.getByLabelText('La personne a pris connaissance de ce texte et est d’accord'));
      await user.click(screen.getByRole('button', SUBMIT));
      await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(`${name} inscrit·e`));
    }
    expect(await screen.findByText('2 inscriptions sur ce téléphone pour cet événement')).toBeInTheDocument();
    // The first person was typed with no quarter; after a save the form goes back to the event's quarter.
    expect((await db.members.toArray()).map((m) => [m.firstName, m.noContact, m.phone, m.quarterId])).toEqual([
      ['Marie', true, '', null],
      ['Ahmed', true, '', quarter.id],
    ]);
  });

  it('signs the person up once when the form is submitted twice in one turn', async () => {
    const { event } = await seedStand();
    const before = await counts();
    const user = userEvent.setup();
    await renderWithEvent(event.id, null);
    await fillValidPerson(user);
    const form = screen.getByRole('form', { name: 'Nouvelle inscription' });
    // One act: React renders once after both, as after two taps in one turn of the event loop.
    act(() => {
      fireEvent.submit(form);
      fireEvent.submit(form);
    });
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Élodie Durand inscrit·e'));
    await waitFor(() => expect(screen.getByRole('button', SUBMIT)).toBeEnabled());
    expect(await counts()).toEqual({ members: before.members + 1, outbox: before.outbox + 1 });
  });

  it('goes from field to field with Enter, and saves with Enter in the last one', async () => {
    const { event } = await seedStand();
    const before = await counts();
    const user = userEvent.setup();
    await renderWithEvent(event.id, null);
    await user.type(screen.getByLabelText('Prénom'), 'Élodie{Enter}');
    expect(screen.getByLabelText('Nom')).toHaveFocus();
    await user.keyboard('Durand{Enter}');
    expect(screen.getByLabelText('Téléphone')).toHaveFocus();
    await user.keyboard('06 12 34 56 78{Enter}');
    expect(screen.getByLabelText('E-mail')).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByLabelText('Personnes au foyer')).toHaveFocus();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Prénom')).not.toHaveAttribute('aria-invalid');
    expect(await counts()).toEqual(before);

    await user.click(screen.getByLabelText('La personne a pris connaissance de ce texte et est d’accord'));
    await user.type(screen.getByLabelText('Personnes au foyer'), '2{Enter}');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Élodie Durand inscrit·e'));
    expect(await counts()).toEqual({ members: before.members + 1, outbox: before.outbox + 1 });
  });

  it('counts only this phone’s sign-ups at this event', async () => {
    const { event } = await seedStand();
    const otherEvent = await seed('event.create', eventArgs());
    await seed('member.signUp', signUpArgs({ signupEventId: event.id, signupDeviceId: 'another-phone' }));
    const device = await getDevice(db);
    await seed('member.signUp', signUpArgs({ signupEventId: otherEvent.id, signupDeviceId: device.clientId }));
    await seed('member.signUp', signUpArgs({ signupEventId: event.id, signupDeviceId: device.clientId }));
    await renderWithEvent(event.id, null);
    expect(await screen.findByText('1 inscription sur ce téléphone pour cet événement')).toBeInTheDocument();
  });
});

describe('bad input', () => {
  const cases = [
    {
      what: 'an empty first name',
      label: 'Prénom',
      message: 'Ce champ est obligatoire.',
      change: async (user: UserEvent) => user.clear(screen.getByLabelText('Prénom')),
    },
    {
      what: 'a malformed email',
      label: 'E-mail',
      message: 'Cette adresse e-mail est mal formée (ex. nom@exemple.fr).',
      change: async (user: UserEvent) => user.type(screen.getByLabelText('E-mail'), 'elodie@exemple'),
    },
    {
      what: 'a phone that is not one',
      label: 'Téléphone',
      message: 'Ce numéro de téléphone n’en est pas un (ex. 06 12 34 56 78 ou +33 6 12 34 56 78).',
      change: async (user: UserEvent) => {
        await user.clear(screen.getByLabelText('Téléphone'));
        await user.type(screen.getByLabelText('Téléphone'), '12 34');
      },
    },
    {
      what: 'no contact and no "no contact"',
      label: 'Téléphone',
      message: 'Indiquez un téléphone ou un e-mail, ou cochez « pas de contact ».',
      change: async (user: UserEvent) => user.clear(screen.getByLabelText('Téléphone')),
    },
    {
      what: '"no contact" ticked with a phone',
      label: 'Pas de contact (ni téléphone ni e-mail)',
      message: '« Pas de contact » ne va pas avec un téléphone ou un e-mail : effacez-les, ou décochez cette case.',
      change: async (user: UserEvent) => user.click(screen.getByLabelText('Pas de contact (ni téléphone ni e-mail)')),
    },
    {
      what: 'no consent',
      label: 'La personne a pris connaissance de ce texte et est d’accord',
      message: 'Sans accord de la personne, l’inscription ne peut pas être enregistrée.',
      change: async (user: UserEvent) => user.click(screen.getByLabelText('La personne a pris connaissance de ce texte et est d’accord')),
    },
    {
      what: 'a household of 0',
      label: 'Personnes au foyer',
      message: 'La taille du foyer est un nombre entre 1 et 20.',
      change: async (user: UserEvent) => user.type(screen.getByLabelText('Personnes au foyer'), '0'),
    },
  ];

  it.each(cases)('$what: shows the error at the field and saves nothing', async ({ label, message, change }) => {
    const { event } = await seedStand();
    const before = await counts();
    const user = userEvent.setup();
    await renderWithEvent(event.id, null);
    await fillValidPerson(user);
    await change(user);
    const typed = { firstName: screen.getByLabelText('Prénom'), phone: screen.getByLabelText('Téléphone') };
    const kept = { firstName: (typed.firstName as HTMLInputElement).value, phone: (typed.phone as HTMLInputElement).value };
    await user.click(screen.getByRole('button', SUBMIT));

    expect(await screen.findByRole('alert')).toHaveTextContent('Le formulaire contient des erreurs : rien n’a été enregistré.');
    const field = screen.getByLabelText(label);
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(field).toHaveFocus();
    expect(await counts()).toEqual(before);
    expect(screen.getByLabelText('Prénom')).toHaveValue(kept.firstName);
    expect(screen.getByLabelText('Téléphone')).toHaveValue(kept.phone);
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('stops typing at each field’s limit, and names the limit of a name that is still too long', async () => {
    const { event } = await seedStand();
    const before = await counts();
    const user = userEvent.setup();
    await renderWithEvent(event.id, null);
    for (const [label, max] of [
      ['Prénom', 80],
      ['Nom', 80],
      ['Téléphone', 30],
      ['E-mail', 120],
    ] as const) {
      expect(screen.getByLabelText(label)).toHaveAttribute('maxLength', String(max));
    }
    // A draft kept from before the limit was on the field.
    act(() => useStandStore.getState().updateDraft({ firstName: 'A'.repeat(81) }));
    await fillValidPerson(user);
    await user.click(screen.getByRole('button', SUBMIT));
    const firstName = screen.getByLabelText('Prénom');
    await waitFor(() => expect(firstName).toHaveAttribute('aria-invalid', 'true'));
    expect(firstName).toHaveAccessibleDescription('Ce texte est trop long : 80\u00a0caractères au plus.');
    expect(await counts()).toEqual(before);
  });

  it('shows every error at once, and clears a field’s error once it is edited', async () => {
    const { event } = await seedStand();
    const user = userEvent.setup();
    await renderWithEvent(event.id, null);
    await user.click(screen.getByRole('button', SUBMIT));
    await screen.findByRole('alert');
    for (const label of ['Prénom', 'Téléphone', 'La personne a pris connaissance de ce texte et est d’accord']) {
      expect(screen.getByLabelText(label)).toHaveAttribute('aria-invalid', 'true');
    }
    expect(screen.getByLabelText('Prénom')).toHaveFocus();
    await user.type(screen.getByLabelText('E-mail'), 'a@b.fr');
    expect(screen.getByLabelText('Téléphone')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByLabelText('Prénom')).toHaveAttribute('aria-invalid', 'true');
    expect(await db.members.count()).toBe(0);
  });
});

describe('possible duplicates', () => {
  async function withElodie() {
    const { quarter, event } = await seedStand();
    const elodie = await seed(
      'member.signUp',
      signUpArgs({ firstName: 'Elodie', lastName: 'Durand', phone: '06 12 34 56 78', quarterId: quarter.id }),
    );
    return { event, elodie };
  }

  it.each([
    ['in the first name', 'élodie  DURAND', ''],
    ['split across first and last name', 'élodie ', '  DURAND'],
  ])('warns while typing the same person (%s), links to her and still lets one save', async (_, firstName, lastName) => {
    const { event, elodie } = await withElodie();
    const user = userEvent.setup();
    await renderWithEvent(event.id, null);
    await user.type(screen.getByLabelText('Prénom'), firstName);
    if (lastName) await user.type(screen.getByLabelText('Nom'), lastName);
    await user.type(screen.getByLabelText('Téléphone'), '+33 6 12 34 56 78');

    const title = await screen.findByText('Cette personne semble déjà inscrite');
    const warning = title.closest('.notice') as HTMLElement;
    expect(warning).toHaveTextContent('Elodie Durand (Saint-Éloi) : probablement la même personne — même téléphone.');
    expect(within(warning).getByRole('link', { name: 'Voir la fiche d’Elodie Durand' })).toHaveAttribute('href', `/members/${elodie.id}`);
    expect(await db.members.count()).toBe(1);

    await user.click(screen.getByLabelText('La personne a pris connaissance de ce texte et est d’accord'));
    const saveAnyway = within(warning).getByRole('button', { name: 'Enregistrer quand même' });
    act(() => {
      fireEvent.click(saveAnyway);
    });
    expect(saveAnyway).toBeDisabled();
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('élodie DURAND inscrit·e'));
    expect(await db.members.count()).toBe(2);
    expect(screen.queryByText('Cette personne semble déjà inscrite')).not.toBeInTheDocument();
  });

  it('elides « de » only before a vowel, and names a missing quarter as the members list does', async () => {
    const { event } = await seedStand();
    await seed('member.signUp', signUpArgs({ firstName: 'Marc', lastName: 'Petit', phone: '06 00 00 00 09', quarterId: null }));
    const user = userEvent.setup();
    await renderWithEvent(event.id, null);
    await user.type(screen.getByLabelText('Prénom'), 'Marc Petit');
    await user.type(screen.getByLabelText('Téléphone'), '06 00 00 00 09');
    const warning = (await screen.findByText('Cette personne semble déjà inscrite')).closest('.notice') as HTMLElement;
    expect(warning).toHaveTextContent('Marc Petit (Sans quartier) : probablement la même personne — même téléphone.');
    expect(within(warning).getByRole('link', { name: 'Voir la fiche de Marc Petit' })).toBeInTheDocument();
  });

  it('warns about « Amélie Durand, 06 12 34 56 78 » while « Amelie Durant, 0612345678 » is typed', async () => {
    const { quarter, event } = await seedStand();
    const amelie = await seed(
      'member.signUp',
      signUpArgs({ firstName: 'Amélie', lastName: 'Durand', phone: '06 12 34 56 78', quarterId: quarter.id }),
    );
    const user = userEvent.setup();
    await renderWithEvent(event.id, null);
    await user.type(screen.getByLabelText('Prénom'), 'Amelie');
    await user.type(screen.getByLabelText('Nom'), 'Durant');
    await user.type(screen.getByLabelText('Téléphone'), '0612345678');
    const warning = (await screen.findByText('Cette personne semble déjà inscrite')).closest('.notice') as HTMLElement;
    expect(warning).toHaveTextContent('Amélie Durand (Saint-Éloi) : probablement la même personne — même téléphone.');
    expect(within(warning).getByRole('link', { name: 'Voir la fiche d’Amélie Durand' })).toHaveAttribute('href', `/members/${amelie.id}`);
  });

  it('warns about a similar name in the same quarter as a possible duplicate, whatever the phone', async () => {
    const { quarter, event } = await seedStand();
    await seed('member.signUp', signUpArgs({ firstName: 'Elodie', lastName: 'Durand', phone: '06 12 34 56 78', quarterId: quarter.id }));
    const user = userEvent.setup();
    await renderWithEvent(event.id, quarter.id);
    await user.type(screen.getByLabelText('Prénom'), 'Elodei Durand');
    await user.type(screen.getByLabelText('Téléphone'), '07 99 99 99 99');
    const warning = (await screen.findByText('Cette personne semble déjà inscrite')).closest('.notice') as HTMLElement;
    expect(warning).toHaveTextContent('Elodie Durand (Saint-Éloi) : peut-être la même personne — nom proche, même quartier.');
  });

  it('does not warn for the same name with a different phone in another quarter', async () => {
    const { event } = await withElodie();
    const user = userEvent.setup();
    await renderWithEvent(event.id, null);
    await user.type(screen.getByLabelText('Prénom'), 'élodie  DURAND');
    await user.type(screen.getByLabelText('Téléphone'), '+33 6 12 34 56 78');
    // The warning shows first, which proves the members are loaded before its absence is checked.
    await screen.findByText('Cette personne semble déjà inscrite');
    await user.type(screen.getByLabelText('Téléphone'), '{Backspace}9');
    expect(screen.getByLabelText('Téléphone')).toHaveValue('+33 6 12 34 56 79');
    await waitFor(() => expect(screen.queryByText('Cette personne semble déjà inscrite')).not.toBeInTheDocument());
  });
});

describe('the draft', () => {
  it('survives an unmount and a reload of the page, and is cleared by a save', async () => {
    const { quarter, other, event } = await seedStand();
    const user = userEvent.setup();
    const first = await renderWithEvent(event.id, quarter.id);
    await user.type(screen.getByLabelText('Prénom'), 'Jeanne');
    await user.type(screen.getByLabelText('Téléphone'), '07 00 00 00 01');
    await user.selectOptions(screen.getByLabelText('Quartier'), other.id);
    await user.click(screen.getByRole('button', { name: 'Miel' }));
    await user.click(screen.getByText('Ajouter une note'));
    await user.type(screen.getByLabelText('Notes'), 'Vient avec sa voisine');
    first.unmount();

    // A reload loses the memory but keeps localStorage: empty the store, then read it back from storage.
    const stored = localStorage.getItem(STAND_STORAGE_KEY);
    expect(stored).toContain('Jeanne');
    useStandStore.setState({ eventId: null, draft: emptyDraft(null) });
    localStorage.setItem(STAND_STORAGE_KEY, stored ?? '');
    await useStandStore.persist.rehydrate();

    await renderScreen(<StandScreen />, { path: '/stand' });
    await screen.findByRole('heading', { name: 'Nouvelle inscription' });
    expect(screen.getByLabelText('Prénom')).toHaveValue('Jeanne');
    expect(screen.getByLabelText('Téléphone')).toHaveValue('07 00 00 00 01');
    await waitFor(() => expect(screen.getByLabelText('Quartier')).toHaveValue(other.id));
    expect(screen.getByRole('button', { name: 'Miel' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByLabelText('Notes')).toHaveValue('Vient avec sa voisine');
    expect(screen.getByLabelText('Notes').closest('details')).toHaveAttribute('open');

    await user.click(screen.getByLabelText('La personne a pris connaissance de ce texte et est d’accord'));
    await user.click(screen.getByRole('button', SUBMIT));
    await screen.findByText('Jeanne inscrit·e');
    expect(JSON.parse(localStorage.getItem(STAND_STORAGE_KEY) ?? '{}').state.draft).toEqual(emptyDraft(quarter.id));
  });

  it('keeps a draft stored by an older version, filling in fields it did not have', async () => {
    localStorage.setItem(STAND_STORAGE_KEY, JSON.stringify({ state: { eventId: 'e1', draft: { firstName: 'Paul' } }, version: 1 }));
    await useStandStore.persist.rehydrate();
    expect(useStandStore.getState().eventId).toBe('e1');
    expect(useStandStore.getState().draft).toEqual({ ...emptyDraft(null), firstName: 'Paul' });
  });
});

describe('in English', () => {
  it('labels every field from the English catalog', async () => {
    const { event } = await seedStand();
    useStandStore.getState().chooseEvent(event.id, null);
    await renderScreen(<StandScreen />, { path: '/stand', language: 'en' });
    await screen.findByRole('heading', { name: 'New sign-up' });
    for (const label of [
      'First name',
      'Last name',
      'Phone',
      'Email',
      'No contact (neither phone nor email)',
      'Quarter',
      'People in the household',
    ]) {
      expect(screen.getByLabelText(label)).toBeInTheDocument();
    }
    expect(screen.getByRole('button', { name: 'Vegetables' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save and next' })).toBeInTheDocument();
  });
});
