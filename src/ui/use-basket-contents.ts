/**
 * What a basket holds, in words (« Panier de légumes × 1 panier, moyen »), wherever baskets are listed: the
 * check-off, the distribution's page (its baskets, what to bring, what was left) and the producer's view.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Basket } from '../domain/distribution/baskets';
import type { BasketSize } from '../domain/distribution/distribution-entities';
import type { Offer } from '../domain/distribution/distribution-entities';

/** A basket, or a total of baskets of one offer and size (what to bring), which has no kind. */
export type BasketContents = Pick<Basket, 'offerId' | 'quantity'> & { size: BasketSize | null; kind?: Basket['kind'] };

export function useBasketContents(offers: ReadonlyMap<string, Offer>) {
  const { t } = useTranslation();
  // Most baskets hold the same few things: each is worded once, and again only when the offers or the language
  // change, not for every row at every render (a keystroke in the check-off's search renders the list).
  return useMemo(() => {
    const worded = new Map<string, string>();
    return (basket: BasketContents): string => {
      const key = `${basket.offerId}|${basket.quantity}|${basket.size ?? ''}|${basket.kind ?? ''}`;
      const known = worded.get(key);
      if (known !== undefined) return known;
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
      const text = parts.join(', ');
      worded.set(key, text);
      return text;
    };
  }, [offers, t]);
}
