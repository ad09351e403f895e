import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useSignupsAt } from '../../db/hooks/use-event-people';
import { NO_ROWS } from '../../db/hooks/use-lists';
import { displayName } from '../../domain/people/member-search';

/** The sign-ups taken at an event, on every device that synced them. */
export function EventSignups({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const members = useSignupsAt(eventId) ?? NO_ROWS;
  return (
    <section aria-labelledby="event-signups-title">
      <h2 id="event-signups-title">{t('programme.event.signupsTitle', { count: members.length })}</h2>
      {members.length === 0 ? (
        <p className="hint">{t('programme.event.noSignups')}</p>
      ) : (
        <ul className="list" aria-label={t('programme.event.signupsList')}>
          {members.map((member) => (
            <li key={member.id}>
              <Link href={`/members/${member.id}`}>{displayName(member)}</Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
