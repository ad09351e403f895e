/** The edit form's state and save. The patch is computed against the member as it was when the form opened. */
import { useState } from 'react';
import { mutate } from '../../db/mutators';
import type { Member } from '../../domain/people/entities';
import type { MemberDraft } from '../../domain/people/member-draft';
import { useFormErrors } from '../../ui/use-form-errors';
import { MEMBER_ERROR_FIELDS, memberPatch, toMemberDraft } from './member-form-values';

export function useMemberEdit(member: Member, onSaved: () => void) {
  // Another phone may edit this member while the form is open: only fields changed here are sent, so its edit stays.
  const [opened] = useState(member);
  const [values, setValues] = useState(() => toMemberDraft(member));
  const { errors, busy, submit } = useFormErrors(MEMBER_ERROR_FIELDS, 'patch');

  const set = <K extends keyof MemberDraft>(key: K, value: MemberDraft[K]) => setValues((current) => ({ ...current, [key]: value }));

  const save = async () => {
    const patch = memberPatch(opened, values);
    if (Object.keys(patch).length === 0 || (await submit(() => mutate('member.update', { id: member.id, patch })))) onSaved();
  };

  return { values, set, errors, busy, save };
}
