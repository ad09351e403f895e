/** A member's editable fields as the edit form holds them. */
import type { MemberFields } from '../../domain/people/entities';
import type { MemberDraft } from '../../domain/people/member-draft';
import { formatPhone } from '../../domain/people/phone';

/** The fields that show their own error; any other issue is shown at the top of the form. */
export const MEMBER_ERROR_FIELDS: readonly (keyof MemberDraft)[] = [
  'firstName',
  'lastName',
  'phone',
  'email',
  'quarterId',
  'householdSize',
  'interests',
  'notes',
];

export function toMemberDraft(member: MemberFields): MemberDraft {
  return {
    firstName: member.firstName,
    lastName: member.lastName,
    // Shown as a person reads it; saved back in E.164 by the plan.
    phone: formatPhone(member.phone),
    email: member.email,
    noContact: member.noContact,
    quarterId: member.quarterId ?? '',
    householdSize: member.householdSize === null ? '' : String(member.householdSize),
    interests: member.interests,
    notes: member.notes,
  };
}
