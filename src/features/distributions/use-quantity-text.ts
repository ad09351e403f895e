/** A basket's quantity in words with its unit (« 2 pièces », « 0,5 kg »), or the bare number when the unit is unknown. */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../domain/distribution/distribution-entities';

export function useQuantityText(): (quantity: number, unit: Unit | null) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (quantity, unit) => {
      const amount = new Intl.NumberFormat(i18n.language).format(quantity);
      return unit ? `${amount} ${t(`domain.unit.${unit}`, { count: quantity })}` : amount;
    },
    [t, i18n.language],
  );
}
