import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { NO_ROWS, useEvents } from '../../db/hooks/use-lists';
import { useRow } from '../../db/hooks/use-row';
import { mutate } from '../../db/mutators';
import { formatDate } from '../../domain/format/day-format';
import type { Partner } from '../../domain/programme/programme-entities';
import { partnerSpec } from './partner-values';
import { PartnerForm } from './partner-form';
import { DeleteSection } from './delete-section';
import { foundOf, ScreenFrame } from './screen-frame';
import { useEntityForm } from '../../ui/use-entity-form';

function PartnerEditor({ partner }: { partner: Partner | null }) {
  const [, navigate] = useLocation();
  const form = useEntityForm(partnerSpec, partner, () => navigate('/partners'));
  return <PartnerForm form={form} onCancel={() => navigate('/partners')} />;
}

/** The events where a partner was present, most recent first. */
function PartnerEvents({ partnerId }: { partnerId: string }) {
  const { t, i18n } = useTranslation();
  const all = useEvents();
  const events = useMemo(() => (all ?? NO_ROWS).filter((event) => (event.partnerIds ?? []).includes(partnerId)), [all, partnerId]);
  return (
    <section aria-labelledby="partner-events-title">
      <h2 id="partner-events-title">{t('programme.partner.eventsTitle', { count: events.length })}</h2>
      {events.length === 0 ? (
        <p className="hint">{t('programme.partner.noEvents')}</p>
      ) : (
        <ul className="list">
          {events.map((event) => (
            <li key={event.id}>
              <Link href={`/events/${event.id}`}>
                {event.name} <span className="hint">· {formatDate(event.date, i18n.language)}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function PartnerEditScreen({ id }: { id: string | null }) {
  const { t } = useTranslation();
  const partner = useRow('partners', id);
  return (
    <ScreenFrame
      found={foundOf(id, partner)}
      title={t('programme.partner.title')}
      backHref="/partners"
      backLabel={t('programme.partner.backToList')}
    >
      <h1>{partner ? partner.name : t('programme.partner.new')}</h1>
      {/* Keyed by id so that the form starts from the stored values once, not on every live update. */}
      <PartnerEditor key={partner?.id ?? 'new'} partner={partner ?? null} />
      {partner && (
        <>
          <PartnerEvents partnerId={partner.id} />
          <DeleteSection name={partner.name} onConfirm={() => mutate('partner.delete', { id: partner.id })} backHref="/partners" />
        </>
      )}
    </ScreenFrame>
  );
}
