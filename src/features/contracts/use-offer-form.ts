/** Creating and editing an offer, through the one entity-form hook: the typed price becomes cents. */
import { useLocation } from 'wouter';
import { mutate } from '../../db/mutators';
import type { Offer, OfferFields, Unit } from '../../domain/distribution/distribution-entities';
import { centsToInput, parseEuros } from '../../domain/format/money';
import type { ProductKind } from '../../domain/people/product-kinds';
import { useEntityForm, type Refusal } from '../../ui/use-entity-form';

export interface OfferFormValues {
  producerId: string;
  name: string;
  productKind: ProductKind;
  unit: Unit;
  price: string;
}

const ERROR_FIELDS = ['producerId', 'name', 'productKind', 'unit', 'defaultPriceCents'];

function valuesOf(offer: Offer): OfferFormValues {
  return {
    producerId: offer.producerId,
    name: offer.name,
    productKind: offer.productKind,
    unit: offer.unit,
    price: centsToInput(offer.defaultPriceCents),
  };
}

function fieldsOf({ producerId, name, productKind, unit, price }: OfferFormValues): OfferFields | Refusal {
  const defaultPriceCents = parseEuros(price);
  // Nothing to send: the text is not a price at all.
  if (defaultPriceCents === null) return { refused: [{ path: 'defaultPriceCents', message: 'validation.priceInvalid' }] };
  return { producerId, name, productKind, unit, defaultPriceCents };
}

/** `offer` null: a new offer of `producerId`. Saved, the form goes back to that producer's offers. */
export function useOfferForm(offer: Offer | null, producerId: string) {
  const [, navigate] = useLocation();
  const form = useEntityForm<Offer, OfferFormValues, OfferFields>(
    {
      empty: { producerId, name: '', productKind: 'vegetables', unit: 'basket', price: '' },
      valuesOf,
      fieldsOf,
      // The stored price, not the one its text reads back as: an edit that leaves the price alone does not send it.
      fieldsOfRow: ({ producerId: owner, name, productKind, unit, defaultPriceCents }) => ({
        producerId: owner,
        name,
        productKind,
        unit,
        defaultPriceCents,
      }),
      create: (id, fields) => mutate('offer.create', { id, ...fields }),
      update: (id, patch) => mutate('offer.update', { id, patch }),
      errorFields: ERROR_FIELDS,
    },
    offer,
    () => navigate(`/offers?producer=${form.values.producerId}`),
  );
  return form;
}
