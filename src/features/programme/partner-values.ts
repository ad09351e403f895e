/** A partner's fields as its form holds them (all text, so the form needs no conversion). */
import { mutate } from '../../db/mutators';
import type { Partner, PartnerFields } from '../../domain/programme/programme-entities';
import type { EntityFormSpec } from '../../ui/use-entity-form';

export const partnerSpec: EntityFormSpec<Partner, PartnerFields, PartnerFields> = {
  empty: { name: '', kind: 'association', contactName: '', phone: '', email: '', notes: '' },
  valuesOf: ({ name, kind, contactName, phone, email, notes }) => ({ name, kind, contactName, phone, email, notes }),
  fieldsOf: (values) => values,
  create: (id, fields) => mutate('partner.create', { id, ...fields }),
  update: (id, patch) => mutate('partner.update', { id, patch }),
};
