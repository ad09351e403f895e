import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { db } from '../../db/database';
import { getLive, listAreas } from '../../db/queries';
import type { Producer } from '../../domain/people/entities';
import { ProducerForm } from './producer-form';

const NOT_FOUND = 'notFound';

export function ProducerEditScreen({ id }: { id: string | null }) {
  const { t } = useTranslation();
  // undefined while reading, NOT_FOUND for an unknown or deleted id.
  const producer = useLiveQuery(async () => (id === null ? null : ((await getLive<Producer>(db, 'producers', id)) ?? NOT_FOUND)), [id]);
  const areas = useLiveQuery(() => listAreas(db), []);

  if (producer === undefined || areas === undefined) return <p aria-busy="true">{t('common.loading')}</p>;
  if (producer === NOT_FOUND) {
    return (
      <>
        <h1>{t('producers.title')}</h1>
        <p role="alert">{t('producers.notFound')}</p>
        <Link href="/producers">{t('producers.backToList')}</Link>
      </>
    );
  }
  return (
    <>
      <h1>{producer ? t('producers.editTitle', { name: producer.name }) : t('producers.new')}</h1>
      {/* Keyed by id so that the form starts from the stored values once, not on every live update. */}
      <ProducerForm key={producer?.id ?? 'new'} producer={producer} areas={areas} />
    </>
  );
}
