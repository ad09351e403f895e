/**
 * The members list under the search box, memoised: the keystroke's own render (the box, before the deferred
 * query catches up) skips it, and a new result re-renders only the rows that changed.
 */
import { memo } from 'react';
import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../domain/people/entities';
import { displayName } from '../../domain/people/member-search';

// A phone shows about ten people at a time: past this many rows, rendering costs every keystroke a frame or two
// on 10,000 members for nothing; the count says how many match and the user narrows the search.
export const MAX_ROWS = 50;

interface MemberListProps {
  results: readonly Member[];
  areaNames: ReadonlyMap<string, string>;
}

export const MemberList = memo(function MemberList({ results, areaNames }: MemberListProps) {
  const { t } = useTranslation();
  return (
    <>
      <p className="counter" role="status" data-testid="member-count">
        {t('members.count', { count: results.length })}
      </p>
      {results.length > MAX_ROWS && <p className="hint">{t('members.truncated', { shown: MAX_ROWS })}</p>}
      <ul className="list" aria-label={t('members.title')}>
        {results.slice(0, MAX_ROWS).map((member) => (
          <MemberRow key={member.id} member={member} quarter={member.quarterId ? (areaNames.get(member.quarterId) ?? '') : null} />
        ))}
      </ul>
    </>
  );
});

/** One member; `quarter` null when the member has none. */
const MemberRow = memo(function MemberRow({ member, quarter }: { member: Member; quarter: string | null }) {
  const { t } = useTranslation();
  return (
    <li>
      <Link href={`/members/${member.id}`}>
        <strong>{displayName(member)}</strong>
        {member.demo && (
          <>
            {' '}
            <span className="badge demo">{t('members.demo')}</span>
          </>
        )}
        <br />
        <span className="hint">{quarter ?? t('members.noQuarter')}</span>
      </Link>
    </li>
  );
});
