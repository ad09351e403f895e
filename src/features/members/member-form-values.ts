/** A member's editable fields as a form holds them (text inputs hold strings), and back to what a mutation takes. */
import type { Member, MemberFields } from '../../domain/entities';
import type { ProductKind } from '../../domain/product-kinds';
import { changedFields } from '../../domain/patch';

export interface MemberFormValues {
  firstName: string;
  lastName: string;
  phone: string;
  email: string;
  noContact: boolean;
  quarterId: string;
  householdSize: string;
  interests: ProductKind[];
  notes: string;
}

/** The fields that show their own error; any other issue is shown at the top of the form. */
export const MEMBER_ERROR_FIELDS: readonly (keyof MemberFormValues)[] = [
  'firstName',
  'lastName',
  'phone',
  'email',
  'quarterId',
  'householdSize',
  'interests',
  'notes',
];

export function toMemberFormValues(member: MemberFields): MemberFormValues {
  return {
    firstName: member.firstName,
    lastName: member.lastName,
    phone: member.phone,
    email: member.email,
    noContact: member.noContact,
    quarterId: member.quarterId ?? '',
    householdSize: member.householdSize === null ? '' : String(member.householdSize),
    interests: member.interests,
    notes: member.notes,
  };
}

export function toMemberFields(values: MemberFormValues): MemberFields {
  const householdSize = values.householdSize.trim();
  return {
    firstName: values.firstName.trim(),
    lastName: values.lastName.trim(),
    phone: values.phone.trim(),
    email: values.email.trim(),
    noContact: values.noContact,
    quarterId: values.quarterId || null,
    householdSize: householdSize === '' ? null : Number(householdSize),
    interests: values.interests,
    notes: values.notes.trim(),
  };
}

/** Only the fields the user changed since the form opened. */
export function memberPatch(opened: Member, values: MemberFormValues): Partial<MemberFields> {
  return changedFields(toMemberFields(toMemberFormValues(opened)), toMemberFields(values));
}
