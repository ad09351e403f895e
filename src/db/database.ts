/** The device's IndexedDB database: its tables and schema versions. Versions are only ever added, never edited. */
import { Dexie, type Table } from 'dexie';
import type { Area, EventRow, Group, GroupMember, Member, Producer } from '../domain/entities';
import type { HlcState } from '../domain/hlc';
import type { RowWrite, TableName } from '../domain/rows';

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

/** This device's own identity and counters; never synced. */
export interface DeviceRecord {
  key: 'device';
  clientId: string;
  deviceName: string;
  hlc: HlcState;
  nextMutationId: number;
}

export class CourtCircuitDb extends Dexie {
  areas!: Table<Area, string>;
  producers!: Table<Producer, string>;
  groups!: Table<Group, string>;
  members!: Table<Member, string>;
  events!: Table<EventRow, string>;
  groupMembers!: Table<GroupMember, string>;
  outbox!: Table<OutboxEntry, number>;
  device!: Table<DeviceRecord, string>;

  constructor(name: string) {
    super(name);
    this.version(1).stores({
      areas: 'id, kind',
      producers: 'id, communeId',
      groups: 'id, kind, quarterId',
      members: 'id, quarterId, signupEventId, [signupEventId+signupDeviceId]',
      events: 'id, date, quarterId',
      groupMembers: 'id, groupId, memberId',
      outbox: 'mutationId',
      device: 'key',
    });
  }

  syncedTable(name: TableName): Table<Record<string, unknown> & { id: string }, string> {
    return this.table(name);
  }
}

export const DEFAULT_DB_NAME = 'court-circuit';

/** The app's database. Tests and sync simulations make their own with `new CourtCircuitDb(name)`. */
export const db = new CourtCircuitDb(DEFAULT_DB_NAME);
