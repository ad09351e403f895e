import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { db } from '../../db/database';
import { listAreas } from '../../db/queries';
import { EventForm } from './event-form';
import { eventSpec } from './event-values';
import { useEntityForm } from './use-entity-form';

export function EventNewScreen() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const areas = useLiveQuery(() => listAreas(db), []) ?? [];
  const form = useEntityForm(eventSpec, null, (id) => navigate(`/events/${id}`));
  return (
    <>
      <Link href="/events">{t('programme.event.backToList')}</Link>
      <h1>{t('programme.event.new')}</h1>
      <EventForm form={form} areas={areas} submitLabel={t('common.actions.create')} onCancel={() => navigate('/events')} />
    </>
  );
}
