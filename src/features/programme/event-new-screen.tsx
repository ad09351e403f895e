import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { NO_ROWS, useAreas } from '../../db/hooks/use-lists';
import { EventForm } from './event-form';
import { eventSpec } from './event-values';
import { useEntityForm } from '../../ui/use-entity-form';

export function EventNewScreen() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const areas = useAreas() ?? NO_ROWS;
  const form = useEntityForm(eventSpec, null, (id) => navigate(`/events/${id}`));
  return (
    <>
      <Link href="/events">{t('programme.event.backToList')}</Link>
      <h1>{t('programme.event.new')}</h1>
      <EventForm form={form} areas={areas} submitLabel={t('common.actions.create')} onCancel={() => navigate('/events')} />
    </>
  );
}
