/** An outlet's fields as its form holds them: references and the date as '' when unset, back to null for the mutation. */
import { mutate } from '../../db/mutators';
import type { Outlet, OutletFields } from '../../domain/programme/programme-entities';
import type { EntityFormSpec } from '../../ui/use-entity-form';

export type OutletFormValues = Omit<OutletFields, 'quarterId' | 'initiativeId' | 'since'> & {
  quarterId: string;
  initiativeId: string;
  since: string;
};

export const outletSpec: EntityFormSpec<Outlet, OutletFormValues, OutletFields> = {
  empty: {
    name: '',
    kind: 'butcher',
    quarterId: '',
    address: '',
    productKinds: [],
    producerIds: [],
    initiativeId: '',
    since: '',
    notes: '',
  },
  valuesOf: (outlet) => ({
    name: outlet.name,
    kind: outlet.kind,
    quarterId: outlet.quarterId ?? '',
    address: outlet.address,
    productKinds: outlet.productKinds,
    producerIds: outlet.producerIds,
    initiativeId: outlet.initiativeId ?? '',
    since: outlet.since ?? '',
    notes: outlet.notes,
  }),
  fieldsOf: (values) => ({
    ...values,
    quarterId: values.quarterId || null,
    initiativeId: values.initiativeId || null,
    since: values.since || null,
  }),
  create: (id, fields) => mutate('outlet.create', { id, ...fields }),
  update: (id, patch) => mutate('outlet.update', { id, patch }),
};
