import { describe, expect, it } from 'vitest';
import { CURRENT_CONSENT_VERSION } from '../../../../src/domain/people/consent';
import {
  buildSignUpArgs,
  displayName,
  emptyDraft,
  messagesByField,
  toggleInterest,
  type SignupContext,
  type SignupDraft,
} from '../../../../src/features/stand/stand-form';
import { checkSignUp } from '../../../../src/features/stand/check-sign-up';
import { SIGNUP_MAX_LENGTH } from '../../../../src/features/stand/stand-form';
import { memberFields } from '../../../../src/domain/people/entities';
import en from '../../../../src/i18n/en/stand.json';
import fr from '../../../../src/i18n/fr/stand.json';

const context: SignupContext = { id: 'm1', eventId: 'e1', deviceId: 'phone-1', deviceName: 'Stand A', at: '2026-06-20T15:00:00.000Z' };
const valid = (overrides: Partial<SignupDraft> = {}): SignupDraft => ({
  ...emptyDraft('q1'),
  firstName: '  Élodie ',
  lastName: ' Durand',
  phone: '06 12 34 56 78',
  consentGiven: true,
  ...overrides,
});

describe('emptyDraft', () => {
  it('keeps the quarter preset and nothing of the person', () => {
    expect(emptyDraft('q1')).toMatchObject({ firstName: '', phone: '', quarterId: 'q1', interests: [], consentGiven: false });
    expect(emptyDraft(null).quarterId).toBe('');
  });
});

describe('buildSignUpArgs', () => {
  it('records the event, the device and the consent shown, at one time', () => {
    const args = buildSignUpArgs(valid({ householdSize: '3', interests: ['eggs'] }), context);
    expect(args).toMatchObject({
      id: 'm1',
      quarterId: 'q1',
      householdSize: 3,
      interests: ['eggs'],
      signupEventId: 'e1',
      signupDeviceId: 'phone-1',
      consentDeviceId: 'phone-1',
      signupDeviceName: 'Stand A',
      signupAt: context.at,
      consentAt: context.at,
      consentGiven: true,
      consentTextVersion: CURRENT_CONSENT_VERSION,
    });
  });

  it('turns empty choices into null', () => {
    const args = buildSignUpArgs(valid({ quarterId: '', householdSize: '  ' }), context);
    expect(args.quarterId).toBeNull();
    expect(args.householdSize).toBeNull();
  });
});

describe('checkSignUp', () => {
  it('returns trimmed arguments when the form is valid', () => {
    const checked = checkSignUp(valid(), context);
    expect(checked.ok).toBe(true);
    if (checked.ok) expect(checked.args).toMatchObject({ firstName: 'Élodie', lastName: 'Durand' });
  });

  it('accepts no phone and no email when "no contact" is ticked', () => {
    expect(checkSignUp(valid({ phone: '', noContact: true }), context).ok).toBe(true);
  });

  it.each([
    ['an empty first name', { firstName: '  ' }, 'firstName', 'validation.required'],
    ['a malformed email', { email: 'marie@' }, 'email', 'validation.emailInvalid'],
    ['a phone that is not one', { phone: '12 34' }, 'phone', 'validation.phoneInvalid'],
    ['no contact at all', { phone: '', email: '' }, 'phone', 'validation.contactRequired'],
    ['no consent', { consentGiven: false }, 'consentGiven', 'validation.consentRequired'],
    ['a household of zero', { householdSize: '0' }, 'householdSize', 'validation.householdSize'],
    ['a household that is not a number', { householdSize: 'abc' }, 'householdSize', 'validation.householdSize'],
  ] as const)('refuses %s', (_, overrides, path, message) => {
    const checked = checkSignUp(valid(overrides), context);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.issues).toContainEqual({ path, message });
  });

  it('reports a missing contact together with the other errors, not after them', () => {
    const checked = checkSignUp(valid({ firstName: '', phone: '', consentGiven: false }), context);
    expect(checked.ok).toBe(false);
    if (!checked.ok) {
      expect(messagesByField(checked.issues)).toEqual({
        firstName: 'validation.required',
        phone: 'validation.contactRequired',
        consentGiven: 'validation.consentRequired',
      });
    }
  });
});

describe('small helpers', () => {
  it('messagesByField keeps the first message of each path', () => {
    expect(
      messagesByField([
        { path: 'phone', message: 'a' },
        { path: 'phone', message: 'b' },
        { path: '', message: 'c' },
      ]),
    ).toEqual({ phone: 'a', '': 'c' });
  });

  it('toggleInterest adds then removes a kind', () => {
    expect(toggleInterest(['eggs'], 'honey')).toEqual(['eggs', 'honey']);
    expect(toggleInterest(['eggs', 'honey'], 'eggs')).toEqual(['honey']);
  });

  it('displayName joins what was given', () => {
    expect(displayName({ firstName: ' Élodie ', lastName: '' })).toBe('Élodie');
    expect(displayName({ firstName: 'Élodie', lastName: ' Durand ' })).toBe('Élodie Durand');
  });
});

describe('the typed fields’ limits', () => {
  it('are the sign-up schema’s own, and each catalog message gives its number', () => {
    for (const [field, max] of Object.entries(SIGNUP_MAX_LENGTH)) {
      expect(memberFields.shape[field as keyof typeof SIGNUP_MAX_LENGTH].maxLength, field).toBe(max);
      const digits = (text: string) => text.replace(/\D/g, '');
      expect(digits(fr.form.tooLong[field as keyof typeof SIGNUP_MAX_LENGTH])).toBe(String(max));
      expect(digits(en.form.tooLong[field as keyof typeof SIGNUP_MAX_LENGTH])).toBe(String(max));
    }
  });

  it('names the limit of a field that is too long', () => {
    const checked = checkSignUp(valid({ firstName: 'É'.repeat(81), notes: 'n'.repeat(2001) }), context);
    expect(checked.ok).toBe(false);
    const messages = checked.ok ? {} : messagesByField(checked.issues);
    expect(messages.firstName).toBe('stand.form.tooLong.firstName');
    expect(messages.notes).toBe('stand.form.tooLong.notes');
  });
});
