/** A sourcing initiative's fields as its form holds them. */
import { mutate } from '../../db/mutators';
import type { Initiative, InitiativeFields } from '../../domain/programme/programme-entities';
import type { EntityFormSpec } from '../../ui/use-entity-form';

export const initiativeSpec: EntityFormSpec<Initiative, InitiativeFields, InitiativeFields> = {
  empty: { name: '', productKinds: [], description: '' },
  valuesOf: ({ name, productKinds, description }) => ({ name, productKinds, description }),
  fieldsOf: (values) => values,
  create: (id, fields) => mutate('initiative.create', { id, ...fields }),
  update: (id, patch) => mutate('initiative.update', { id, patch }),
};
