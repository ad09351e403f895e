/**
 * The entities of the territory and their editable fields, as zod schemas shared by the app and the server.
 * Error messages are catalog keys (validation.*), turned into words in the user's language at the screen.
 */
import { z } from '../zod';
import { PRODUCT_KINDS } from './product-kinds';
import { AREA_KINDS, EVENT_KINDS, GROUP_KINDS, MOBILISATION_STEPS, RHYTHMS, SALES_STATUSES } from './vocabulary';

export type { AreaKind, EventKind, GroupKind, MobilisationStep, Rhythm, SalesStatus } from './vocabulary';
import { isEmail, isPhone } from './normalise';
import { CONSENT_VERSIONS } from './consent';
import type { RowMeta } from '../rows/rows';

export const productKindSchema = z.enum(PRODUCT_KINDS);

export const MAX_ID_LENGTH = 64;
export const idSchema = z.string().trim().min(1).max(MAX_ID_LENGTH);
const refSchema = idSchema.nullable();

export const requiredText = (max: number) => z.string().trim().min(1, 'validation.required').max(max, 'validation.tooLong');
export const optionalText = (max: number) => z.string().trim().max(max, 'validation.tooLong');

export const phoneSchema = optionalText(30).refine((v) => v === '' || isPhone(v), 'validation.phoneInvalid');
export const emailSchema = optionalText(120).refine((v) => v === '' || isEmail(v), 'validation.emailInvalid');
export const isoDateSchema = z.iso.date('validation.dateInvalid');
export const isoDateTimeSchema = z.iso.datetime({ offset: true, message: 'validation.dateInvalid' });

// Areas: the quarters of the city and the neighbouring communes.
export const areaFields = z.object({
  name: requiredText(80),
  kind: z.enum(AREA_KINDS),
});

// Producers
export const producerFields = z.object({
  name: requiredText(120),
  farm: optionalText(120),
  communeId: refSchema,
  productKinds: z.array(productKindSchema).min(1, 'validation.productKindRequired').max(20),
  organic: z.boolean(),
  salesStatus: z.enum(SALES_STATUSES),
  // No step reads as 'contacted'. Never a zod default: a default would also fill every edit's
  // patch, and the patch would then overwrite the step set on another phone.
  mobilisation: z.enum(MOBILISATION_STEPS).optional(),
  phone: phoneSchema,
  email: emailSchema,
  notes: optionalText(2000),
});

// Consumer groups
export const groupFields = z.object({
  name: requiredText(120),
  kind: z.enum(GROUP_KINDS),
  quarterId: refSchema,
  place: optionalText(200),
  rhythm: z.enum(RHYTHMS),
  rhythmNote: optionalText(200),
});

// Events: where people meet and sign up.
export const eventFields = z.object({
  name: requiredText(120),
  kind: z.enum(EVENT_KINDS),
  date: isoDateSchema,
  place: optionalText(200),
  quarterId: refSchema,
  // Missing reads as none; optional, not defaulted, for the reason given on producers.
  partnerIds: z.array(idSchema).max(100).optional(),
  /**
   * The group whose animators run the event together: each of them holds the event and the people signed up at it,
   * so every phone at the stand knows who signed up on the others. Missing or null: the event is its creator's.
   */
  groupId: refSchema.optional(),
  visitorCount: z
    .number()
    .int('validation.countInvalid')
    .min(0, 'validation.countInvalid')
    .max(100_000, 'validation.countInvalid')
    .optional(),
});

// Members: a person or a household.
const memberShape = z.object({
  firstName: requiredText(80),
  lastName: optionalText(80),
  phone: phoneSchema,
  email: emailSchema,
  // An explicit "no contact" is how a person who gives neither phone nor email is signed up on purpose.
  noContact: z.boolean(),
  quarterId: refSchema,
  householdSize: z
    .number()
    .int('validation.householdSize')
    .min(1, 'validation.householdSize')
    .max(20, 'validation.householdSize')
    .nullable(),
  interests: z.array(productKindSchema).max(20),
  notes: optionalText(2000),
});

type ContactChoice = { phone: string; email: string; noContact: boolean };

function requireSomeContact(member: ContactChoice, ctx: z.RefinementCtx): void {
  if (!member.noContact && member.phone === '' && member.email === '') {
    ctx.addIssue({ code: 'custom', path: ['phone'], message: 'validation.contactRequired' });
  }
}

/**
 * A sign-up's contact: a phone or an e-mail, or "no contact" and neither. "No contact" with a number is a
 * contradiction the person at the stand must resolve. Only for sign-ups: rows saved before this rule may hold both,
 * and an edit of their other fields must still be accepted.
 */
export function requireContact(member: ContactChoice, ctx: z.RefinementCtx): void {
  requireSomeContact(member, ctx);
  if (member.noContact && (member.phone !== '' || member.email !== '')) {
    ctx.addIssue({ code: 'custom', path: ['noContact'], message: 'validation.noContactWithContact' });
  }
}

export const memberFields = memberShape.superRefine(requireSomeContact);
export const memberPatchFields = memberShape.partial();

/** How and where a member signed up, and the consent they gave; set once, at sign-up. */
export const signupRecord = z.object({
  signupEventId: refSchema,
  signupDeviceId: idSchema,
  signupDeviceName: optionalText(80),
  signupAt: isoDateTimeSchema,
  consentGiven: z.literal(true, 'validation.consentRequired'),
  consentTextVersion: z.enum(CONSENT_VERSIONS),
  consentAt: isoDateTimeSchema,
  consentDeviceId: idSchema,
});

/** A merged member's sign-up, kept on the member it was merged into so that both histories survive. */
export const mergedSignup = signupRecord.extend({
  memberId: idSchema,
  /** The clock of the write that set this entry: the sign-ups merge as a set (src/domain/rows/union-fields.ts). */
  at: z.string().optional(),
  /** Set when the merge was undone: the sign-up lives on its own member again. */
  undone: z.boolean().optional(),
});

export const groupMemberFields = z.object({ groupId: idSchema, memberId: idSchema });

export type AreaFields = z.infer<typeof areaFields>;
export type ProducerFields = z.infer<typeof producerFields>;
export type GroupFields = z.infer<typeof groupFields>;
export type EventFields = z.infer<typeof eventFields>;
export type MemberFields = z.infer<typeof memberFields>;
export type SignupRecord = z.infer<typeof signupRecord>;
export type MergedSignup = z.infer<typeof mergedSignup>;

export type Area = RowMeta & AreaFields;
export type Producer = RowMeta & ProducerFields;
export type Group = RowMeta & GroupFields;
export type EventRow = RowMeta & EventFields;
export type Member = RowMeta &
  MemberFields &
  SignupRecord & {
    /** Sign-ups of the members merged into this one (member.merge). */
    mergedSignups?: MergedSignup[];
    /** Set on a merged member's tombstone: the member it lives on as. */
    mergedInto?: string | null;
  };
export type GroupMember = RowMeta & z.infer<typeof groupMemberFields>;
