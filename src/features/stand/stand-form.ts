/**
 * The stand's sign-up form without React: the draft being typed and how it becomes `member.signUp` arguments.
 * The check before saving is in check-sign-up.ts, loaded with the schemas on the first save.
 */
import { CURRENT_CONSENT_VERSION } from '../../domain/people/consent';
import { memberFieldsFromDraft, type MemberDraft } from '../../domain/people/member-draft';
import type { FieldIssue } from '../../domain/mutations/define';
import type { SignUpArgs } from '../../domain/mutations/member-mutations';
import type { ProductKind } from '../../domain/people/product-kinds';

/** What the animator has typed for the person in front of them; strings as typed, '' for "none". */
export interface SignupDraft extends MemberDraft {
  consentGiven: boolean;
}

/** Where, when and on which phone the sign-up happens. */
export interface SignupContext {
  id: string;
  eventId: string;
  deviceId: string;
  deviceName: string;
  at: string;
}

/**
 * The longest text each typed field takes: member.signUp's own limits, kept here because its schema (zod) is loaded
 * only on the first save. A test checks that they agree.
 */
export const SIGNUP_MAX_LENGTH = { firstName: 80, lastName: 80, phone: 30, email: 120, notes: 2000 } as const;

export type CheckedSignUp = { ok: true; args: SignUpArgs } | { ok: false; issues: FieldIssue[] };

export function emptyDraft(quarterId: string | null): SignupDraft {
  return {
    firstName: '',
    lastName: '',
    phone: '',
    email: '',
    noContact: false,
    quarterId: quarterId ?? '',
    householdSize: '',
    interests: [],
    notes: '',
    consentGiven: false,
  };
}

/** The arguments (trimmed: the schema trims anyway); consentGiven may still be false here, which the schema refuses with its own message. */
export function buildSignUpArgs(draft: SignupDraft, context: SignupContext): Omit<SignUpArgs, 'consentGiven'> & { consentGiven: boolean } {
  return {
    id: context.id,
    ...memberFieldsFromDraft(draft),
    signupEventId: context.eventId,
    signupDeviceId: context.deviceId,
    signupDeviceName: context.deviceName,
    signupAt: context.at,
    consentGiven: draft.consentGiven,
    consentTextVersion: CURRENT_CONSENT_VERSION,
    consentAt: context.at,
    consentDeviceId: context.deviceId,
  };
}

/** The first message for each field path. */
export function messagesByField(issues: readonly FieldIssue[]): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const issue of issues) messages[issue.path] ??= issue.message;
  return messages;
}

export function toggleInterest(interests: readonly ProductKind[], kind: ProductKind): ProductKind[] {
  return interests.includes(kind) ? interests.filter((k) => k !== kind) : [...interests, kind];
}

export function displayName(person: { firstName: string; lastName: string }): string {
  return `${person.firstName.trim()} ${person.lastName.trim()}`.trim();
}
