/** Which record each field of a merge is taken from, and the values that makes for the kept member. */
import type { ChosenFields } from '../../domain/mutations/member-merge';
import type { Member } from '../../domain/people/entities';

export const CHOICE_FIELDS = ['name', 'phone', 'email', 'quarterId', 'notes'] as const;
export type ChoiceField = (typeof CHOICE_FIELDS)[number];
/** 0: the first record of the pair, 1: the second. */
export type Choice = Record<ChoiceField, 0 | 1>;

const valueOf = (member: Member, field: ChoiceField): string =>
  field === 'name' ? [member.firstName, member.lastName].filter((part) => part !== '').join(' ') : (member[field] ?? '');

/** By default the kept record's value, unless it has none and the other has one. */
export function defaultChoice(people: readonly [Member, Member], keepIndex: 0 | 1): Choice {
  const other = keepIndex === 0 ? 1 : 0;
  const pick = (field: ChoiceField) =>
    valueOf(people[keepIndex], field) === '' && valueOf(people[other], field) !== '' ? other : keepIndex;
  return { name: pick('name'), phone: pick('phone'), email: pick('email'), quarterId: pick('quarterId'), notes: pick('notes') };
}

export function chosenFields(people: readonly [Member, Member], choice: Choice): ChosenFields {
  const from = (field: ChoiceField) => people[choice[field]];
  return {
    firstName: from('name').firstName,
    lastName: from('name').lastName,
    phone: from('phone').phone,
    email: from('email').email,
    quarterId: from('quarterId').quarterId,
    notes: from('notes').notes,
  };
}

export function shownValue(member: Member, field: ChoiceField): string {
  return valueOf(member, field);
}
