/**
 * What a producer is shown of rows that are not wholly theirs: enough to hand a basket over and be paid for it,
 * nothing else. What is not sent cannot leak, so a projection keeps only the fields it lists (a field added to a
 * table later stays off a producer's phone until someone decides otherwise), and their clocks.
 */
import type { SyncedRow } from '../rows/rows';

/** What a producer's device holds of a member. */
const PRODUCER_MEMBER_FIELDS = ['firstName', 'lastName'] as const;
const PRODUCER_ABSENCE_FIELDS = ['distributionId', 'memberId', 'proxyName'] as const;
/**
 * A fellow producer as the producers' list shows one: who, where, what they grow. Not their phone, e-mail or the
 * coordinators' notes, nor the association's follow-up of them (mobilisation): none of it helps hand a basket over.
 */
const FELLOW_PRODUCER_FIELDS = ['name', 'farm', 'communeId', 'productKinds', 'organic', 'salesStatus'] as const;
/**
 * A producer's own contract: whose basket, where, of what, how much, on which days and at what price — what the
 * check-off and a payments view read. Not the coordinator's notes on it.
 */
const PRODUCER_CONTRACT_FIELDS = [
  'memberId',
  'groupId',
  'offerId',
  'producerId',
  'kind',
  'startDate',
  'endDate',
  'deliveryDates',
  'quantity',
  'size',
  'pricePerDeliveryCents',
] as const;

/**
 * An instalment as an animator sees it: how much, when due, how, and what became of it; not the cheque's number and
 * bank, which are the treasurer's and the producer's business.
 */
const PAYMENT_STATUS_FIELDS = [
  'contractId',
  'index',
  'memberId',
  'groupId',
  'producerId',
  'amountCents',
  'dueMonth',
  'method',
  'receivedOn',
  'handedAt',
  'confirmedAt',
  'cashedIn',
] as const;

/** Keeps only some fields of a row, and their clocks. */
function pick(row: SyncedRow, fields: readonly string[]): SyncedRow {
  const picked: SyncedRow = { id: row.id, deleted: row.deleted, demo: row.demo, clocks: {} };
  for (const field of ['deleted', 'demo', ...fields]) {
    if (field in row) picked[field] = row[field];
    const clock = row.clocks[field];
    if (clock !== undefined) picked.clocks[field] = clock;
  }
  return picked;
}

/**
 * A name typed in one field (a proxy, whoever collected) cut as a member's is: "Claire Potiron" → "Claire P.", the
 * last word's initial (the family name, past any "de"). An empty name stays empty: it means "no proxy".
 */
function freeNameInitialOnly(name: unknown): string {
  const words = String(name ?? '')
    .trim()
    .split(/\s+/u)
    .filter((word) => word !== '');
  const [first, ...rest] = words;
  const initial = [...(rest.at(-1) ?? '')][0];
  return initial === undefined ? (first ?? '') : `${first} ${initial.toUpperCase()}.`;
}

/** A row with one free-text name cut to a first name and an initial; its clock is kept, the value only is cut. */
function withNameCut(row: SyncedRow, field: string): SyncedRow {
  return field in row ? { ...row, [field]: freeNameInitialOnly(row[field]) } : row;
}

export const PROJECTIONS = {
  /** A member as a first name and the initial of the last. */
  firstNameAndInitial(row: SyncedRow): SyncedRow {
    const projected = pick(row, PRODUCER_MEMBER_FIELDS);
    const initial = [...String(row.lastName ?? '')][0];
    projected.lastName = initial === undefined ? '' : `${initial}.`;
    return projected;
  },
  /** Another producer, as the producers' list shows them. */
  fellowProducer: (row: SyncedRow): SyncedRow => pick(row, FELLOW_PRODUCER_FIELDS),
  /** A producer's own contract, without the coordinator's notes. */
  producerContract: (row: SyncedRow): SyncedRow => pick(row, PRODUCER_CONTRACT_FIELDS),
  /** An instalment without its cheque's number and bank. */
  paymentWithoutCheque: (row: SyncedRow): SyncedRow => pick(row, PAYMENT_STATUS_FIELDS),
  /** Who collected in the member's stead is named as the member is. */
  collectorNameCut: (row: SyncedRow): SyncedRow => withNameCut(row, 'collectedBy'),
  /** The proxy's name is needed to hand the basket over (as a member's: first name, initial); the member's note is not. */
  absenceWithProxyNameCut: (row: SyncedRow): SyncedRow => withNameCut(pick(row, PRODUCER_ABSENCE_FIELDS), 'proxyName'),
} satisfies Record<string, (row: SyncedRow) => SyncedRow>;

export type ProjectionName = keyof typeof PROJECTIONS;
