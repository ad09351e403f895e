import { useTranslation } from 'react-i18next';
import type { Member } from '../../domain/people/entities';
import { Field } from '../../ui/field';

interface MemberSelectProps {
  label: string;
  members: readonly Member[];
  value: string;
  onChange: (memberId: string) => void;
  error?: string;
}

/** A member of the group, by last name (a group's list is short enough to scroll on a phone). */
export function MemberSelect({ label, members, value, onChange, error }: MemberSelectProps) {
  const { t } = useTranslation();
  return (
    <Field label={label} error={error}>
      {(control) => (
        <select {...control} value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t('distributions.chooseMember')}</option>
          {members.map((member) => (
            <option key={member.id} value={member.id}>
              {`${member.lastName} ${member.firstName}`.trim()}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
