/** Warns, before saving, that the person being typed may already be a member; saving stays possible. */
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { PossibleDuplicate } from '../../domain/people/duplicates';
import type { Area, Member } from '../../domain/people/entities';
import { elisionContext } from '../../i18n/elision';
import { displayName } from './stand-form';

interface DuplicateWarningProps {
  duplicates: readonly PossibleDuplicate<Member>[];
  areas: readonly Area[];
  saving: boolean;
}

export function DuplicateWarning({ duplicates, areas, saving }: DuplicateWarningProps) {
  const { t } = useTranslation();
  return (
    <div aria-live="polite">
      {duplicates.length > 0 && (
        <div className="notice warning stand-duplicate">
          <p>
            <strong>{t('stand.duplicate.title')}</strong>
          </p>
          <ul>
            {duplicates.map(({ person, level, reasons }) => {
              const quarter = areas.find((area) => area.id === person.quarterId)?.name ?? t('stand.noQuarter');
              return (
                <li key={person.id}>
                  {t('stand.duplicate.who', {
                    name: displayName(person),
                    quarter,
                    level: t(`stand.duplicate.level.${level}`),
                    reasons: reasons.map((reason) => t(`stand.duplicate.reason.${reason}`)).join(', '),
                  })}{' '}
                  <Link href={`/members/${person.id}`}>
                    {t('stand.duplicate.open', { name: displayName(person), context: elisionContext(displayName(person)) })}
                  </Link>
                </li>
              );
            })}
          </ul>
          <p>{t('stand.duplicate.hint')}</p>
          <button type="submit" disabled={saving}>
            {t('stand.duplicate.saveAnyway')}
          </button>
        </div>
      )}
    </div>
  );
}
