/** Creating and editing a producer: form state, save through the one write path, errors per field. */
import { useState } from 'react';
import { useLocation } from 'wouter';
import { mutate } from '../../db/mutators';
import type { Producer, ProducerFields } from '../../domain/people/entities';
import { newId } from '../../domain/rows/ids';
import { changedFields } from '../../domain/rows/patch';
import { useFormErrors } from '../../ui/use-form-errors';

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

const ERROR_FIELDS = Object.keys(EMPTY);

function valuesOf(producer: Producer | null): ProducerFormValues {
  if (!producer) return EMPTY;
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
    phone,
    email,
    notes,
  };
}

function fieldsOf(values: ProducerFormValues): ProducerFields {
  return { ...values, communeId: values.communeId === '' ? null : values.communeId };
}

export function useProducerForm(producer: Producer | null) {
  // Edits send only what changed since the form opened, so another phone's edit of another field is kept.
  const [opened] = useState(producer);
  const [values, setValues] = useState(() => valuesOf(producer));
  const { errors, busy, submit } = useFormErrors(ERROR_FIELDS, producer ? 'patch' : '');
  const [, navigate] = useLocation();

  const set = <K extends keyof ProducerFormValues>(field: K, value: ProducerFormValues[K]) =>
    setValues((current) => ({ ...current, [field]: value }));

  const save = async () => {
    const fields = fieldsOf(values);
    let saved: boolean;
    if (opened === null) {
      saved = await submit(() => mutate('producer.create', { id: newId(), ...fields }));
    } else {
      const patch = changedFields(fieldsOf(valuesOf(opened)), fields);
      saved = Object.keys(patch).length === 0 || (await submit(() => mutate('producer.update', { id: opened.id, patch })));
    }
    if (saved) navigate('/producers');
  };

  return { values, set, errors, busy, save };
}
