/**
 * How a basket's member reads wherever baskets are listed: their name, or « Fiche supprimée » when the record was
 * deleted (its names blanked) or is not on this device, so that a basket still due never shows an empty name.
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { knownName, type PersonName } from '../domain/distribution/baskets';
import { displayName } from '../domain/people/member-search';

export type BasketMemberName = (name: PersonName | undefined, format?: (name: PersonName) => string) => string;

export function useBasketMemberName(): BasketMemberName {
  const { t } = useTranslation();
  return useCallback(
    (name, format = displayName) => {
      const known = knownName(name);
      return known ? format(known) : t('common.deletedRecord');
    },
    [t],
  );
}
