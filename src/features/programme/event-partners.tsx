import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { NO_ROWS, usePartners } from '../../db/hooks/use-lists';
import { mutate } from '../../db/mutators';
import type { EventRow } from '../../domain/people/entities';
import { ChipSelect } from '../../ui/chip-select';
import { ActionAlert } from '../../ui/form-alert';
import { useActionError } from '../../ui/use-action-error';

/** The partners present at an event: one tap on a partner adds or removes it, saved at once. */
export function EventPartners({ event }: { event: EventRow }) {
  const { t } = useTranslation();
  const partners = usePartners();
  const { error, run } = useActionError();
  const present = event.partnerIds ?? [];
  const name = new Map((partners ?? NO_ROWS).map((partner) => [partner.id, partner.name]));
  return (
    <section aria-labelledby="event-partners-title">
      <h2 id="event-partners-title">{t('programme.event.partnersTitle', { count: present.filter((id) => name.has(id)).length })}</h2>
      <ActionAlert error={error} />
      {partners !== undefined && partners.length === 0 ? (
        <p className="hint">
          {t('programme.event.noPartners')} <Link href="/partners/new">{t('programme.partner.new')}</Link>
        </p>
      ) : (
        <ChipSelect
          legend={t('programme.event.partnersLegend')}
          options={(partners ?? NO_ROWS).map((partner) => partner.id)}
          labelOf={(id) => name.get(id) ?? id}
          selected={present}
          // A deleted partner's id stays in the list (only live partners are options): it is still history.
          onChange={(ids) =>
            void run(mutate('event.update', { id: event.id, patch: { partnerIds: [...ids, ...present.filter((id) => !name.has(id))] } }))
          }
        />
      )}
    </section>
  );
}
