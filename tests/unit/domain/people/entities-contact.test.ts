import { describe, expect, it } from 'vitest';
import { memberFields } from '../../../../src/domain/people/entities';
import { signUpArgs } from '../../../../src/domain/mutations/member-mutations';
import { signUpArgs as signUpFactory } from '../../../factories/entities';

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]) ?? [];

describe('a sign-up’s contact', () => {
  it.each([
    ['a phone', { phone: '06 12 34 56 78', email: '' }],
    ['an e-mail', { phone: '', email: 'elodie@exemple.fr' }],
  ])('refuses "no contact" together with %s, on the "no contact" field', (_, contact) => {
    const result = signUpArgs.safeParse(signUpFactory({ ...contact, noContact: true }));
    expect(result.success).toBe(false);
    expect(messages(result)).toEqual([['noContact', 'validation.noContactWithContact']]);
  });

  it('accepts "no contact" with neither, and a contact without "no contact"', () => {
    expect(signUpArgs.safeParse(signUpFactory({ phone: '', email: '', noContact: true })).success).toBe(true);
    expect(signUpArgs.safeParse(signUpFactory({ phone: '06 12 34 56 78', noContact: false })).success).toBe(true);
  });

  it('still accepts, as an existing record being edited, one saved with both before the rule', () => {
    const { firstName, lastName, phone, email, quarterId, householdSize, interests, notes } = signUpFactory();
    const existing = { firstName, lastName, phone, email, quarterId, householdSize, interests, notes, noContact: true };
    expect(memberFields.safeParse(existing).success).toBe(true);
  });
});
