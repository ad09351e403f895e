import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useAreas } from '../../db/hooks/use-lists';
import { useRow } from '../../db/hooks/use-row';
import { ProducerForm } from './producer-form';

export function ProducerEditScreen({ id }: { id: string | null }) {
  const { t } = useTranslation();
  // null for a new producer (no id), and for an unknown or deleted id.
  const producer = useRow('producers', id);
  const areas = useAreas();

  if (producer === undefined || areas === undefined) return <p aria-busy="true">{t('common.loading')}</p>;
  if (id !== null && producer === null) {
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
