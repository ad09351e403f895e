/** Creating and editing a producer, through the one entity-form hook. */
import { formatPhone } from '../../domain/people/phone';
import { useLocation } from 'wouter';
import { mutate } from '../../db/mutators';
import type { Producer, ProducerFields } from '../../domain/people/entities';
import { useEntityForm, type EntityFormSpec } from '../../ui/use-entity-form';

export type ProducerFormValues = Omit<ProducerFields, 'communeId'> & { communeId: string };

const EMPTY: ProducerFormValues = {
  name: '',
  farm: '',
  communeId: '',
  productKinds: [],
  organic: false,
  salesStatus: 'direct',
  mobilisation: 'contacted',
  phone: '',
  email: '',
  notes: '',
};

function valuesOf(producer: Producer): ProducerFormValues {
  const { name, farm, communeId, productKinds, organic, salesStatus, mobilisation, phone, email, notes } = producer;
  // Producers recorded before the mobilisation step existed have none: they were at least contacted.
  return {
    name,
    farm,
    communeId: communeId ?? '',
    productKinds,
    organic,
    salesStatus,
    mobilisation: mobilisation ?? 'contacted',
    // A producer's phone holds other producers without these (domain/access projections): their form shows none.
    phone: formatPhone(phone),
    email: email ?? '',
    notes: notes ?? '',
  };
}

function fieldsOf(values: ProducerFormValues): ProducerFields {
  return { ...values, communeId: values.communeId === '' ? null : values.communeId };
}

const producerSpec: EntityFormSpec<Producer, ProducerFormValues, ProducerFields> = {
  empty: EMPTY,
  valuesOf,
  fieldsOf,
  create: (id, fields) => mutate('producer.create', { id, ...fields }),
  update: (id, patch) => mutate('producer.update', { id, patch }),
};

/** `producer` null: a new one. Saved, the form goes back to the producers' list. */
export function useProducerForm(producer: Producer | null) {
  const [, navigate] = useLocation();
  return useEntityForm(producerSpec, producer, () => navigate('/producers'));
}
