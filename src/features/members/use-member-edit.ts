/** The member edit form, through the one entity-form hook (a member is created by signing up, on the stand). */
import { mutate } from '../../db/mutators';
import type { Member, MemberFields } from '../../domain/people/entities';
import { memberFieldsFromDraft, type MemberDraft } from '../../domain/people/member-draft';
import { useEntityForm, type EntityFormSpec } from '../../ui/use-entity-form';
import { MEMBER_ERROR_FIELDS, toMemberDraft } from './member-form-values';

const memberSpec: EntityFormSpec<Member, MemberDraft, MemberFields> = {
  valuesOf: toMemberDraft,
  fieldsOf: memberFieldsFromDraft,
  update: (id, patch) => mutate('member.update', { id, patch }),
  errorFields: MEMBER_ERROR_FIELDS,
};

export function useMemberEdit(member: Member, onSaved: () => void) {
  return useEntityForm(memberSpec, member, onSaved);
}
