import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearch } from 'wouter';
import { useProducers } from '../../db/hooks/use-lists';
import { useRow } from '../../db/hooks/use-row';
import { mutate } from '../../db/mutators';
import { ConfirmButton } from '../../ui/confirm-button';
import { OfferForm } from './offer-form';

export function OfferEditScreen({ id }: { id: string | null }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const producerId = new URLSearchParams(useSearch()).get('producer') ?? '';
  // null for a new offer (no id), and for an unknown or deleted id.
  const offer = useRow('offers', id);
  const producers = useProducers();

  if (offer === undefined || producers === undefined) return <p aria-busy="true">{t('common.loading')}</p>;
  if (id !== null && offer === null) {
    return (
      <>
        <h1>{t('contracts.offers.title')}</h1>
        <p role="alert">{t('contracts.offers.notFound')}</p>
        <Link href="/offers">{t('contracts.offers.backToList')}</Link>
      </>
    );
  }
  return (
    <>
      <h1>{offer ? t('contracts.offers.editTitle', { name: offer.name }) : t('contracts.offers.new')}</h1>
      {/* Keyed by id so that the form starts from the stored values once, not on every live update. */}
      <OfferForm key={offer?.id ?? 'new'} offer={offer} producers={producers} producerId={producerId} />
      {offer && (
        <ConfirmButton
          label={t('common.actions.delete')}
          question={t('contracts.offers.deleteQuestion', { name: offer.name })}
          confirmLabel={t('contracts.confirmDelete')}
          onConfirm={() => mutate('offer.delete', { id: offer.id })}
          onDone={() => navigate('/offers')}
        />
      )}
    </>
  );
}
