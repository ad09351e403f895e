import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../domain/people/entities';
import { buildSearchKeys, displayName, filterMembers } from '../../domain/people/member-search';
import { Field } from '../../ui/field';

// A select of thousands of names is unusable on a phone: the search narrows it, the first matches are offered.
const SHOWN = 50;

interface Props {
  members: readonly Member[];
  value: string;
  onChange: (memberId: string) => void;
  error?: string;
}

export function MemberPicker({ members, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const keys = useMemo(() => buildSearchKeys(members), [members]);
  const found = filterMembers(keys, { query, quarterId: null, memberIds: null }).slice(0, SHOWN);
  const chosen = members.find((member) => member.id === value);
  const options = chosen && !found.includes(chosen) ? [chosen, ...found] : found;

  return (
    <>
      <Field label={t('contracts.form.memberSearch')} hint={t('contracts.form.memberSearchHint')}>
        {(control) => <input {...control} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />}
      </Field>
      <Field label={t('contracts.form.member')} error={error}>
        {(control) => (
          <select {...control} value={value} onChange={(e) => onChange(e.target.value)}>
            <option value="">{t('contracts.form.memberChoose', { count: found.length })}</option>
            {options.map((member) => (
              <option key={member.id} value={member.id}>
                {displayName(member)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </>
  );
}
