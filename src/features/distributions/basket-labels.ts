/** How a basket reads: "Panier de légumes × 2 (grand)". */
import type { TFunction } from 'i18next';
import type { BasketSize } from '../../domain/distribution/distribution-entities';

export function basketContent(t: TFunction, offerName: string, quantity: number, size: BasketSize | null): string {
  const sizePart = size ? ` (${t(`domain.basketSize.${size}`)})` : '';
  return `${offerName || t('distributions.unknownOffer')} × ${quantity}${sizePart}`;
}
