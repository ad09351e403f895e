/**
 * A member's own fields as a form holds them while they are typed (text inputs hold strings, '' for "none"), and
 * what they become for a mutation. The stand's sign-up and the member edit form both type these fields.
 */
import type { MemberFields } from './entities';
import type { ProductKind } from './product-kinds';

export interface MemberDraft {
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

export function memberFieldsFromDraft(draft: MemberDraft): MemberFields {
  const householdSize = draft.householdSize.trim();
  return {
    firstName: draft.firstName.trim(),
    lastName: draft.lastName.trim(),
    phone: draft.phone.trim(),
    email: draft.email.trim(),
    noContact: draft.noContact,
    quarterId: draft.quarterId || null,
    householdSize: householdSize === '' ? null : Number(householdSize),
    interests: draft.interests,
    notes: draft.notes.trim(),
  };
}
