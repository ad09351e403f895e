import { describe, expect, it } from 'vitest';
import { eventFields } from '../../../../src/domain/people/entities';
import { formatDate } from '../../../../src/domain/format/day-format';
import { buildEventArgs, emptyEventDraft } from '../../../../src/features/stand/event-form';

describe('event form', () => {
  it('starts as a festival stand today', () => {
    expect(emptyEventDraft('2026-06-20')).toEqual({
      name: '',
      kind: 'festivalStand',
      date: '2026-06-20',
      place: '',
      quarterId: '',
      groupId: '',
    });
  });

  it('builds valid event.create arguments, with no quarter and no group as null', () => {
    const args = buildEventArgs({ ...emptyEventDraft('2026-06-20'), name: 'Fête des Couronneries' }, 'e1');
    expect(args).toEqual({
      id: 'e1',
      name: 'Fête des Couronneries',
      kind: 'festivalStand',
      date: '2026-06-20',
      place: '',
      quarterId: null,
      groupId: null,
    });
    expect(eventFields.safeParse(args).success).toBe(true);
    expect(buildEventArgs({ ...emptyEventDraft('2026-06-20'), quarterId: 'q1' }, 'e2').quarterId).toBe('q1');
    expect(buildEventArgs({ ...emptyEventDraft('2026-06-20'), groupId: 'g1' }, 'e3').groupId).toBe('g1');
  });

  it('writes the day in the reader’s language, the same calendar day whatever the time zone', () => {
    expect(formatDate('2026-06-20', 'fr')).toBe('20 juin 2026');
    expect(formatDate('2026-06-20', 'en')).toBe('20 June 2026');
    expect(formatDate('not a date', 'fr')).toBe('not a date');
  });
});
