/**
 * The rest of the programme's work: partner organisations, outlets (shopkeepers, solidarity groceries)
 * with the producers that supply them, sourcing initiatives gathering outlets, and who attended an event.
 */
import { z } from '../zod';
import { emailSchema, idSchema, isoDateSchema, optionalText, phoneSchema, productKindSchema, requiredText } from '../people/entities';
import type { RowMeta } from '../rows/rows';
import { ATTENDEE_KINDS, OUTLET_KINDS, PARTNER_KINDS } from '../people/vocabulary';

export const partnerFields = z.object({
  name: requiredText(160),
  kind: z.enum(PARTNER_KINDS),
  contactName: optionalText(120),
  phone: phoneSchema,
  email: emailSchema,
  notes: optionalText(2000),
});

export const initiativeFields = z.object({
  name: requiredText(160),
  productKinds: z.array(productKindSchema).max(20),
  description: optionalText(2000),
});

export const outletFields = z.object({
  name: requiredText(160),
  kind: z.enum(OUTLET_KINDS),
  quarterId: idSchema.nullable(),
  address: optionalText(300),
  productKinds: z.array(productKindSchema).max(20),
  /** The producers that supply it (sourcing locally). */
  producerIds: z.array(idSchema).max(200),
  initiativeId: idSchema.nullable(),
  /** Since when it sources locally, if known. */
  since: isoDateSchema.nullable(),
  notes: optionalText(2000),
});

/** One attendance event: the latest per (event, person) wins, like check-offs. */
export const attendanceFields = z.object({
  eventId: idSchema,
  attendeeKind: z.enum(ATTENDEE_KINDS),
  attendeeId: idSchema,
  present: z.boolean(),
});

export type PartnerFields = z.infer<typeof partnerFields>;
export type InitiativeFields = z.infer<typeof initiativeFields>;
export type OutletFields = z.infer<typeof outletFields>;
export type AttendanceFields = z.infer<typeof attendanceFields>;

export type Partner = RowMeta & PartnerFields;
export type Initiative = RowMeta & InitiativeFields;
export type Outlet = RowMeta & OutletFields;
export type Attendance = RowMeta & AttendanceFields;
