/** Creating and editing an offer: typed price to cents, save through the one write path, errors per field. */
import { useState } from 'react';
import { useLocation } from 'wouter';
import { mutate } from '../../db/mutators';
import type { Offer, OfferFields, Unit } from '../../domain/distribution/distribution-entities';
import { newId } from '../../domain/rows/ids';
import { centsToInput, parseEuros } from '../../domain/format/money';
import { changedFields } from '../../domain/rows/patch';
import type { ProductKind } from '../../domain/people/product-kinds';
import { useFormErrors } from '../../ui/use-form-errors';

export interface OfferFormValues {
  producerId: string;
  name: string;
  productKind: ProductKind;
  unit: Unit;
  price: string;
}

const ERROR_FIELDS = ['producerId', 'name', 'productKind', 'unit', 'defaultPriceCents'];

function valuesOf(offer: Offer | null, producerId: string): OfferFormValues {
  if (!offer) return { producerId, name: '', productKind: 'vegetables', unit: 'basket', price: '' };
  return {
    producerId: offer.producerId,
    name: offer.name,
    productKind: offer.productKind,
    unit: offer.unit,
    price: centsToInput(offer.defaultPriceCents),
  };
}

function fieldsOf({ producerId, name, productKind, unit }: OfferFormValues, defaultPriceCents: number): OfferFields {
  return { producerId, name, productKind, unit, defaultPriceCents };
}

export function useOfferForm(offer: Offer | null, producerId: string) {
  const [opened] = useState(offer);
  const [values, setValues] = useState(() => valuesOf(offer, producerId));
  const { errors, busy, submit } = useFormErrors(ERROR_FIELDS, offer ? 'patch' : '');
  const [, navigate] = useLocation();

  const set = <K extends keyof OfferFormValues>(field: K, value: OfferFormValues[K]) =>
    setValues((current) => ({ ...current, [field]: value }));

  const save = async () => {
    const cents = parseEuros(values.price);
    let saved: boolean;
    if (cents === null) {
      // Nothing to send: the text is not a price at all.
      const path = opened ? 'patch.defaultPriceCents' : 'defaultPriceCents';
      saved = await submit(async () => ({ ok: false, issues: [{ path, message: 'validation.priceInvalid' }] }));
    } else if (opened === null) {
      const fields = fieldsOf(values, cents);
      saved = await submit(() => mutate('offer.create', { id: newId(), ...fields }));
    } else {
      const patch = changedFields(fieldsOf(valuesOf(opened, ''), opened.defaultPriceCents), fieldsOf(values, cents));
      saved = Object.keys(patch).length === 0 || (await submit(() => mutate('offer.update', { id: opened.id, patch })));
    }
    if (saved) navigate(`/offers?producer=${values.producerId}`);
  };

  return { values, set, errors, busy, save };
}
