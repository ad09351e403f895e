/** What a basket holds, in words ("Panier de légumes × 1 panier, moyen"), for the check-off and the producer's view. */
import { useTranslation } from 'react-i18next';
import type { Basket } from '../domain/baskets';
import type { Offer } from '../domain/distribution-entities';

export function useBasketContents(offers: ReadonlyMap<string, Offer>) {
  const { t } = useTranslation();
  return (basket: Basket): string => {
    const offer = offers.get(basket.offerId);
    const parts = [
      t('checkoff.contents', {
        offer: offer?.name ?? '',
        quantity: basket.quantity,
        unit: offer ? t(`domain.unit.${offer.unit}`, { count: basket.quantity }) : '',
      }).trim(),
    ];
    if (basket.size) parts.push(t(`domain.basketSize.${basket.size}`));
    if (basket.kind === 'oneOff') parts.push(t('checkoff.oneOff'));
    return parts.join(', ');
  };
}
