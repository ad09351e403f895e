/** The device's IndexedDB database: its tables and schema versions. Versions are only ever added, never edited. */
import { Dexie, type Table, type Transaction } from 'dexie';
import { PROJECTIONS } from '../domain/access/projections';
import type { Absence, Contract, Distribution, Offer, Pickup, Volunteer } from '../domain/distribution/distribution-entities';
import type { Area, EventRow, Group, GroupMember, Member, Producer } from '../domain/people/entities';
import type { Attendance, Initiative, Outlet, Partner } from '../domain/programme/programme-entities';
import type { MembershipFee, Payment } from '../domain/payments/payment-entities';
import type { HlcState } from '../domain/rows/hlc';
import type { FieldIssue } from '../domain/mutations/define';
import { keysWithBase, rowKey, type RowWrite, type SyncedRow, type TableName } from '../domain/rows/rows';

export interface OutboxEntry {
  /** Grows by one per mutation of this device; the server applies a device's mutations in this order. */
  mutationId: number;
  clientId: string;
  name: string;
  args: unknown;
  hlc: string;
  createdAt: string;
  /** The row writes this mutation made here, kept to re-apply it on top of newer server state until acknowledged. */
  writes: RowWrite[];
}

/**
 * A mutation the server applied, kept for a while after it left the outbox: if the server is restored from a backup
 * older than it, the device sends it again (src/db/restore-recovery.ts).
 */
export interface JournalEntry extends OutboxEntry {
  settledAt: string;
}

/** This device's own identity and counters; never synced. */
export interface DeviceRecord {
  key: 'device';
  clientId: string;
  deviceName: string;
  hlc: HlcState;
  nextMutationId: number;
}

/** A row as the server last sent it: the base that pending local mutations are re-applied on. */
export interface ServerRowRecord {
  /** `${table}|${id}` */
  key: string;
  table: TableName;
  /** Absent when the server has no such row (yet): undoing a refused write then removes the row. */
  row?: SyncedRow;
}

export interface SyncStateRecord {
  key: 'sync';
  /** Position in the server's change log up to which this device has pulled. */
  cursor: number;
  /** Highest mutation id of this device the server has settled; entries up to it have left the outbox. */
  ackedMutationId: number;
  /** Rows to rebuild from server state once the next pull completes (touched by settled mutations). */
  dirtyKeys: string[];
  lastSuccessAt: string | null;
  lastAttemptAt: string | null;
  /** Catalog key of the last failure, with details for the curious; null after a success. */
  lastError: { key: string; detail: string } | null;
  /** Progress of the pull in course: records received of the total announced by the server. */
  progress: { received: number; total: number } | null;
  /** Server clock minus device clock, measured at the last sync, so a wrong phone clock still stamps sensibly. */
  clockOffsetMs: number;
  /** Set when the server says this app is too old for it, or that this device's session was revoked. */
  blocked: 'protocolOutdated' | 'sessionRevoked' | 'sessionExpired' | null;
  /** What the account answered for at the last pull (PullResponse.scope); unset until a server says it. */
  scope?: string;
  /** A pull from the beginning after the scope changed: the rows received so far (src/db/resync.ts). */
  resync?: { keys: string[] } | null;
  /**
   * The server store's identity as this device last synced with it; absent until a server has sent one. Another one
   * means the server was restored from a backup (src/db/restore-recovery.ts).
   */
  serverEpoch?: string;
}

export interface SessionRecord {
  key: 'session';
  token: string;
  sessionId: string;
  user: {
    id: string;
    login: string;
    name: string;
    role: 'coordinator' | 'animator' | 'producer';
    /** The producer row a producer account speaks for; absent when the server did not say. */
    producerId?: string | null;
    /** The groups an animator runs; absent when the server did not say. */
    groupIds?: string[];
    /** Signed in with a password a coordinator was given, not yet replaced: sync waits for a new one. */
    mustChangePassword?: boolean;
  };
  signedInAt: string;
}

/** A mutation the server refused: kept, with its reason, until someone has read it. */
export interface RejectedRecord {
  mutationId: number;
  name: string;
  args: unknown;
  code: string;
  issues: FieldIssue[];
  createdAt: string;
  rejectedAt: string;
}

/** The tables each version added, as they shipped (a test opens an old database with them). */
export const STORES_V1 = {
  areas: 'id, kind',
  producers: 'id, communeId',
  groups: 'id, kind, quarterId',
  members: 'id, quarterId, signupEventId, [signupEventId+signupDeviceId]',
  events: 'id, date, quarterId',
  groupMembers: 'id, groupId, memberId',
  outbox: 'mutationId',
  device: 'key',
  serverRows: 'key',
  syncState: 'key',
  session: 'key',
  rejected: 'mutationId',
};
export const STORES_V2 = {
  offers: 'id, producerId',
  contracts: 'id, memberId, groupId, producerId, offerId',
  distributions: 'id, groupId, date',
  absences: 'id, distributionId, memberId',
  pickups: 'id, distributionId, contractId, memberId',
  volunteers: 'id, distributionId, memberId',
};
export const STORES_V3 = {
  partners: 'id, kind',
  initiatives: 'id',
  outlets: 'id, kind, quarterId, initiativeId',
  attendance: 'id, eventId, attendeeId',
};

export const STORES_V7 = {
  journal: 'mutationId, settledAt',
};

export const STORES_V8 = {
  payments: 'id, contractId, memberId, groupId, producerId, handedAt',
  membershipFees: 'id, groupId, memberId, year',
};

export class CourtCircuitDb extends Dexie {
  areas!: Table<Area, string>;
  producers!: Table<Producer, string>;
  groups!: Table<Group, string>;
  members!: Table<Member, string>;
  events!: Table<EventRow, string>;
  groupMembers!: Table<GroupMember, string>;
  outbox!: Table<OutboxEntry, number>;
  device!: Table<DeviceRecord, string>;
  serverRows!: Table<ServerRowRecord, string>;
  syncState!: Table<SyncStateRecord, string>;
  session!: Table<SessionRecord, string>;
  rejected!: Table<RejectedRecord, number>;
  offers!: Table<Offer, string>;
  contracts!: Table<Contract, string>;
  distributions!: Table<Distribution, string>;
  absences!: Table<Absence, string>;
  pickups!: Table<Pickup, string>;
  volunteers!: Table<Volunteer, string>;
  partners!: Table<Partner, string>;
  initiatives!: Table<Initiative, string>;
  outlets!: Table<Outlet, string>;
  attendance!: Table<Attendance, string>;
  journal!: Table<JournalEntry, number>;
  payments!: Table<Payment, string>;
  membershipFees!: Table<MembershipFee, string>;

  constructor(name: string) {
    // A commit is flushed to disk before it is reported done: Chromium's default ("relaxed") reports it once the
    // operating system has it, which a phone that dies with its battery can still lose. Measured cost: about half a
    // millisecond per commit on these machines.
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores(STORES_V1);
    // Distribution day: added tables only; version 1 stays as it shipped.
    this.version(2).stores(STORES_V2);
    // The programme's overview: partners, sourcing initiatives, outlets, event attendance.
    this.version(3).stores(STORES_V3);
    // Server bases are kept only for rows this device is writing (see sync-apply.ts); the others were copies.
    this.version(4)
      .stores({})
      .upgrade(async (tx) => {
        const entries = (await tx.table('outbox').toArray()) as OutboxEntry[];
        const state = (await tx.table('syncState').get('sync')) as SyncStateRecord | undefined;
        const kept = keysWithBase(entries, state?.dirtyKeys ?? []);
        await tx
          .table('serverRows')
          .filter((record: ServerRowRecord) => !kept.has(record.key))
          .delete();
      });
    // Pulled rows of members and events keep the account that made them (sync-apply.ts withOwner). Those pulled under
    // version 4 have none: they are marked "owner not known" (null) until the pull, started again from the beginning,
    // brings it; a row the server did not have when this device first wrote it (its base is empty) was made here, and
    // is left unmarked, as a row made here is. The outbox and the rows' fields stay as they are.
    this.version(5)
      .stores({})
      .upgrade(async (tx) => {
        const bases = (await tx.table('serverRows').toArray()) as ServerRowRecord[];
        const madeHere = new Set(bases.filter((base) => base.row === undefined).map((base) => base.key));
        for (const table of ['members', 'events'] as const) {
          await tx
            .table(table)
            .toCollection()
            .modify((row: SyncedRow) => {
              if (!madeHere.has(rowKey(table, row.id))) row.ownerId = null;
            });
        }
        await tx
          .table('serverRows')
          .filter((base: ServerRowRecord) => base.row !== undefined && (base.table === 'members' || base.table === 'events'))
          .modify((base: ServerRowRecord) => {
            if (base.row) base.row.ownerId = null;
          });
        const state = (await tx.table('syncState').get('sync')) as SyncStateRecord | undefined;
        if (state) await tx.table('syncState').put({ ...state, cursor: 0, progress: null });
      });
    // A producer's phone is now sent other producers without their contacts, notes and follow-up, and its contracts
    // without the coordinator's notes (domain/access read-access.ts). What earlier pulls left on it goes too.
    this.version(6).stores({}).upgrade(withoutProducersExtras);
    // Applied mutations are kept a while after they leave the outbox, to be sent again after a server restore. It
    // starts empty: the outbox and every other table stay as they are.
    this.version(7).stores(STORES_V7);
    // Payments: added tables, empty until the first pull or payment; every other table stays as it is.
    this.version(8).stores(STORES_V8);
  }

  syncedTable(name: TableName): Table<Record<string, unknown> & { id: string }, string> {
    return this.table(name);
  }
}

/**
 * On a producer's phone, the rows pulled before version 6 cut as that version's pull sends them: every producer but
 * its own projected as a fellow producer, every contract as a producer's contract, and their server bases alike, so
 * that they are gone at once, offline too. The pull then starts again from the beginning, so that the rows end
 * exactly as the server now sends them (its own producer row whole even where this phone's session does not name
 * it). The outbox is left as it is: a producer's own writes never carried another's fields. Other roles' phones,
 * and a phone nobody is signed in on, are left as they are (signing in starts the pull again from the beginning).
 */
async function withoutProducersExtras(tx: Transaction): Promise<void> {
  const session = (await tx.table('session').get('session')) as SessionRecord | undefined;
  if (session?.user.role !== 'producer') return;
  const ownProducerId = session.user.producerId ?? null;
  const cut = (table: TableName, row: SyncedRow): SyncedRow => {
    if (table === 'contracts') return PROJECTIONS.producerContract(row);
    return row.id === ownProducerId ? row : PROJECTIONS.fellowProducer(row);
  };
  for (const table of ['producers', 'contracts'] as const) {
    // Replaced rather than modified: a projection keeps some fields, and modify() would keep the others.
    const rows = (await tx.table(table).toArray()) as SyncedRow[];
    await tx.table(table).bulkPut(rows.map((row) => cut(table, row)));
  }
  const bases = (await tx.table('serverRows').toArray()) as ServerRowRecord[];
  const cutBases = bases.flatMap((base) =>
    base.row !== undefined && (base.table === 'producers' || base.table === 'contracts')
      ? [{ ...base, row: cut(base.table, base.row) }]
      : [],
  );
  await tx.table('serverRows').bulkPut(cutBases);
  const state = (await tx.table('syncState').get('sync')) as SyncStateRecord | undefined;
  if (state) await tx.table('syncState').put({ ...state, cursor: 0, progress: null });
}

export const DEFAULT_DB_NAME = 'court-circuit';

/** The app's database. Tests and sync simulations make their own with `new CourtCircuitDb(name)`. */
export const db = new CourtCircuitDb(DEFAULT_DB_NAME);
