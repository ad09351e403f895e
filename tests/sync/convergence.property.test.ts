// @vitest-environment node
/**
 * Property: whatever the interleaving of local writes, syncs, network faults and server restarts, once the
 * network behaves and every phone has synced, every replica equals the server, every mutation the server
 * acknowledged has its effect there, and each contested field holds the value of its latest applied writer. A shared
 * basket is ticked and unticked on several phones: its check-off row is, whole, the applied event with the greatest
 * clock, never a mix of two events nor a refused one.
 * FUZZ_RUNS sets the number of schedules (200 by default; `npm run test:fuzz` runs 10,000), FUZZ_SEED replays one.
 */
import { existsSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OutboxEntry } from '../../src/db/database';
import { runMutation, type MutationResult, type SeenRows } from '../../src/db/mutate';
import { PICKUP_STATUSES, type PickupStatus } from '../../src/domain/distribution/distribution-entities';
import { joinId } from '../../src/domain/rows/ids';
import type { MutationArgs, MutationName } from '../../src/domain/mutations/registry';
import { rowKey, type SyncedRow, type TableName } from '../../src/domain/rows/rows';
import { mergeWrite } from '../../src/domain/rows/merge';
import { checkoffShown } from '../factories/checkoff-shown';
import { contractArgs, distributionArgs, groupArgs, offerArgs, producerArgs, signUpArgs } from '../factories/entities';
import { FaultyNetwork, scriptedPlan, type Fault } from './faulty-fetch';
import { createClient, replicaState, serverState, startTestServer, type TestClient, type TestServer } from './harness';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
// Thousands of servers: keep their files in RAM when the machine has a RAM disk (fsync there is free).
const SERVER_PARENT = existsSync('/dev/shm') ? '/dev/shm' : undefined;
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
/** Over all schedules: the basket checks must not pass only because nothing was ticked, contested or refused. */
const basketCoverage = { contested: 0, refused: 0 };
/** Over all schedules: the same instalment recorded on two phones, so that "one cheque, one row" is exercised. */
const paymentCoverage = { contested: 0 };

type LocalOp =
  | { kind: 'signUp'; client: number; person: number }
  | { kind: 'update'; client: number; target: number; field: 'notes' | 'householdSize'; value: number }
  | { kind: 'delete'; client: number; target: number }
  | { kind: 'toggleLink'; client: number; target: number }
  /** A check-off event on the shared basket; `pending` is an untick. */
  | { kind: 'checkOff'; client: number; status: PickupStatus; by: number }
  /** The shared contract stops or starts delivering on the distribution's date: check-offs racing it are refused. */
  | { kind: 'moveContract'; client: number }
  /**
   * A step of the shared contract's payments. The plan keeps three instalments (a shorter one would tombstone the
   * rows the phone holds, which another phone's receipt may not have reached yet: the server's plan would then
   * differ from the phone's, as it may); amounts and cheques vary so that concurrent steps contest the same fields.
   */
  | { kind: 'payment'; client: number; step: 'plan' | 'receive' | 'unreceive' | 'handOver' | 'confirm'; index: number; cents: number };
type Op =
  | LocalOp
  /** `during`: local writes made while the sync runs, from its start or between a pull's answer and its use. */
  | { kind: 'sync'; client: number; faults: Fault[]; during: LocalOp[]; when: 'start' | 'pullAnswer' }
  | { kind: 'syncTogether'; clients: [number, number]; faults: Fault[] }
  | { kind: 'restart' };

/** A few people, so the same person is often signed up on two phones. */
const PEOPLE = [
  { firstName: 'Awa', lastName: 'Diallo', phone: '06 11 22 33 44' },
  { firstName: 'Bruno', lastName: 'Leroy', phone: '06 22 33 44 55' },
  { firstName: 'Chloé', lastName: 'Morel', phone: '07 33 44 55 66' },
];
/** Who collected a basket for its member (status collectedByOther). */
const PROXIES = ['Denise Morel', 'Éric Petit'];

const client = fc.nat(3);
const target = fc.nat(6);
const localOp: fc.Arbitrary<LocalOp> = fc.oneof(
  fc.record({ kind: fc.constant('signUp' as const), client, person: fc.nat(PEOPLE.length - 1) }),
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('update' as const),
      client,
      target,
      field: fc.constantFrom('notes' as const, 'householdSize' as const),
      value: fc.integer({ min: 1, max: 8 }),
    }),
  },
  fc.record({ kind: fc.constant('delete' as const), client, target }),
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('toggleLink' as const), client, target }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('checkOff' as const),
      client,
      status: fc.constantFrom(...PICKUP_STATUSES),
      by: fc.nat(PROXIES.length - 1),
    }),
  },
  fc.record({ kind: fc.constant('moveContract' as const), client }),
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('payment' as const),
      client,
      step: fc.constantFrom('plan' as const, 'receive' as const, 'unreceive' as const, 'handOver' as const, 'confirm' as const),
      index: fc.nat(2),
      cents: fc.integer({ min: 1000, max: 2000 }),
    }),
  },
);
const fault: fc.Arbitrary<Fault> = fc.oneof(
  { weight: 4, arbitrary: fc.constant('ok' as const) },
  fc.constantFrom('loseRequest' as const, 'loseResponse' as const, 'duplicate' as const, 'serverError' as const, 'restart' as const),
  fc.record({ late: fc.nat(2) }),
);
const faults = fc.array(fault, { maxLength: 5 });
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: localOp },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('sync' as const),
      client,
      faults,
      during: fc.array(localOp, { maxLength: 2 }),
      when: fc.constantFrom('start' as const, 'pullAnswer' as const),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('syncTogether' as const), clients: fc.tuple(client, client), faults }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('restart' as const) }) },
);
const schedule = fc.record({
  clientCount: fc.integer({ min: 2, max: 4 }),
  // Phone clocks within the allowed drift: the HLC, not the wall clock, must decide who wins.
  skews: fc.array(fc.integer({ min: -120_000, max: 120_000 }), { minLength: 4, maxLength: 4 }),
  pushBatchSize: fc.constantFrom(1, 2, 500),
  pullLimit: fc.constantFrom(1, 3, 500),
  ops: fc.array(op, { minLength: 1, maxLength: 24 }),
});

interface Recorded {
  clientId: string;
  entry: OutboxEntry;
}

/** Rows every phone has before the random phase: a member of a group, with a basket due at that group's distribution. */
interface Shared {
  member: string;
  group: string;
  contract: string;
  distribution: { id: string; date: string };
}

/** One schedule's world: a server, its faulty network, phones, and every mutation each phone recorded. */
class World {
  readonly recorded = new Map<string, Recorded>();
  private readonly screens = new Map<string, SeenRows | undefined>();
  private notesCounter = 0;
  private readonly recordedAts = new Set<string>();

  constructor(
    readonly server: TestServer,
    readonly network: FaultyNetwork,
    readonly clients: TestClient[],
    readonly nows: (() => number)[],
    readonly shared: Shared,
  ) {
    for (const c of clients) {
      // Captured as the mutation writes it (a concurrent sync may settle the entry before the test could read it),
      // once its transaction commits: a write prepared from what a screen showed may be aborted and redone.
      c.db.outbox.hook('creating', (_key, entry, transaction) => {
        const recorded = { clientId: entry.clientId, entry: structuredClone(entry) };
        transaction.on('complete', () => this.recorded.set(`${entry.clientId}:${entry.mutationId}`, recorded));
      });
    }
  }

  pick(index: number): TestClient {
    return this.clients[index % this.clients.length] as TestClient;
  }

  async mutate<N extends MutationName>(index: number, name: N, args: MutationArgs<N>, seen?: SeenRows): Promise<MutationResult> {
    const c = this.pick(index);
    const result = await runMutation(c.db, name, args, this.nows[index % this.clients.length], seen);
    if (result.ok) expect(this.recorded.has(`${c.clientId}:${result.mutationId}`)).toBe(true);
    return result;
  }

  /** The shared member more often than not, else another member this phone sees alive. */
  private async targetMember(c: TestClient, index: number): Promise<string | undefined> {
    const live = (await c.db.members.toArray())
      .filter((m) => !m.deleted)
      .map((m) => m.id)
      .sort();
    if (live.length === 0) return undefined;
    if (index < 4 && live.includes(this.shared.member)) return this.shared.member;
    return live[index % live.length];
  }

  /** The phone's clock, made unique per event so that a check-off row names the one event it came from. */
  private recordedAt(index: number): string {
    let ms = (this.nows[index % this.clients.length] as () => number)();
    while (this.recordedAts.has(new Date(ms).toISOString())) ms += 1;
    const at = new Date(ms).toISOString();
    this.recordedAts.add(at);
    return at;
  }

  async runLocal(o: LocalOp): Promise<void> {
    const c = this.pick(o.client);
    if (o.kind === 'signUp') {
      await this.mutate(o.client, 'member.signUp', signUpArgs({ ...PEOPLE[o.person], signupDeviceId: c.clientId }));
      return;
    }
    const { contract, distribution } = this.shared;
    if (o.kind === 'checkOff') {
      const collectedBy = o.status === 'collectedByOther' ? (PROXIES[o.by] as string) : '';
      const event = {
        distributionId: distribution.id,
        contractId: contract,
        status: o.status,
        collectedBy,
        recordedAt: this.recordedAt(o.client),
        deviceId: c.clientId,
      };
      // As the check-off screen does, with the rows it showed: read after this phone's previous check-off, and out
      // of date by whatever synced or changed since, so that writes prepared from them are confirmed or redone.
      await this.mutate(o.client, 'pickup.record', event, this.screens.get(c.clientId));
      this.screens.set(c.clientId, await checkoffShown(c.db, distribution.id, contract));
      return;
    }
    if (o.kind === 'moveContract') {
      const dates = (await c.db.contracts.get(contract))?.deliveryDates ?? [];
      const deliveryDates = dates.includes(distribution.date)
        ? dates.filter((d) => d !== distribution.date)
        : [...dates, distribution.date].sort();
      await this.mutate(o.client, 'contract.update', { id: contract, patch: { deliveryDates } });
      return;
    }
    if (o.kind === 'payment') {
      await this.payment(o);
      return;
    }
    const id = await this.targetMember(c, o.target);
    if (!id) return;
    if (o.kind === 'update') {
      // Notes are unique per write, so the final value names the write that won.
      const patch = o.field === 'notes' ? { notes: `${c.name}-${++this.notesCounter}` } : { householdSize: o.value };
      await this.mutate(o.client, 'member.update', { id, patch });
    } else if (o.kind === 'delete') {
      await this.mutate(o.client, 'member.delete', { id });
    } else {
      const link = await c.db.groupMembers.get(joinId(this.shared.group, id));
      const name = link && !link.deleted ? 'groupMember.remove' : 'groupMember.add';
      await this.mutate(o.client, name, { groupId: this.shared.group, memberId: id });
    }
  }

  private async payment(o: Extract<LocalOp, { kind: 'payment' }>): Promise<void> {
    const { contract, distribution } = this.shared;
    const { index, cents } = o;
    const cheque = { amountCents: cents, dueMonth: '2026-04', method: 'cheque' as const, chequeNumber: `${cents}`, bank: 'Banque' };
    if (o.step === 'plan') {
      const instalments = [0, 1, 2].map((i) => ({ ...cheque, dueMonth: `2026-0${4 + i}` }));
      await this.mutate(o.client, 'payment.planSet', { contractId: contract, instalments });
    } else if (o.step === 'receive' || o.step === 'unreceive') {
      const receivedOn = o.step === 'receive' ? distribution.date : null;
      await this.mutate(o.client, 'payment.receive', { contractId: contract, index, ...cheque, receivedOn });
    } else if (o.step === 'handOver') {
      // Refused on a phone that holds no such instalment yet, as the screen would not offer it.
      await this.mutate(o.client, 'payment.handOver', { contractId: contract, index, distributionId: distribution.id });
    } else {
      await this.mutate(o.client, 'payment.confirmHanded', {
        contractId: contract,
        index,
        confirmedAt: new Date(cents * 1e9).toISOString(),
      });
    }
  }

  async sync(index: number, script: readonly Fault[]): Promise<void> {
    const c = this.pick(index);
    this.network.setPlan(c.name, scriptedPlan(script));
    try {
      await c.engine.syncOnce();
    } finally {
      this.network.setPlan(c.name, null);
    }
  }

  async run(o: Op): Promise<void> {
    if (o.kind === 'restart') await this.server.restart();
    else if (o.kind === 'sync') {
      // The writes are made on the syncing phone, whatever client index they were generated with.
      const writes = async () => {
        for (const local of o.during) await this.runLocal({ ...local, client: o.client });
      };
      if (o.when === 'pullAnswer') {
        const { name } = this.pick(o.client);
        this.network.beforeAnswer(name, '/api/sync/pull', writes);
        await this.sync(o.client, o.faults);
        // A sync that failed before pulling still makes its writes, afterwards.
        await this.network.takeInterlude(name)?.();
      } else await Promise.all([this.sync(o.client, o.faults), writes()]);
    } else if (o.kind === 'syncTogether') {
      const [a, b] = o.clients.map((i) => i % this.clients.length);
      if (a === b) await this.sync(a as number, o.faults);
      else await Promise.all([this.sync(a as number, o.faults), this.sync(b as number, o.faults)]);
    } else await this.runLocal(o);
  }

  /**
   * No step back: a write the server has not settled yet is still what the phone shows, whatever it pulled since.
   * Checked against the server's record now, which is at least as new as any snapshot the phone pulled from.
   */
  async checkPendingVisible(): Promise<void> {
    for (const c of this.clients) {
      const settled = await this.server.store.read((tx) => tx.lastMutationId(c.clientId));
      for (const entry of await c.db.outbox.where('mutationId').above(settled).toArray()) {
        for (const write of entry.writes) {
          const row = (await c.db.table(write.table).get(write.id)) as SyncedRow | undefined;
          for (const field of Object.keys(write.fields)) {
            const clock = row?.clocks[field] ?? '';
            expect(clock >= entry.hlc, `${c.name} shows ${entry.name} #${entry.mutationId} (${field}): ${clock} < ${entry.hlc}`).toBe(true);
          }
        }
      }
    }
  }

  /** Faults off, held requests delivered; every phone pushes until its outbox is empty, then each pulls once more. */
  async quiesce(): Promise<void> {
    this.network.clearPlans();
    await this.network.flush();
    for (const c of this.clients) {
      for (let attempt = 0; ; attempt += 1) {
        const result = await c.engine.syncOnce();
        if (result.ok && (await c.db.outbox.count()) === 0) break;
        if (attempt === 3) throw new Error(`${c.name} cannot empty its outbox: ${JSON.stringify(result)}`);
      }
    }
    for (const c of this.clients) expect(await c.engine.syncOnce()).toMatchObject({ ok: true });
  }
}

type Outcome = { status: 'applied' } | { status: 'rejected'; code: string };

/** Outcomes per `${clientId}:${mutationId}`, from answers; the same mutation must always get the same answer. */
function outcomesFrom(answers: readonly unknown[]): Map<string, Outcome> {
  const outcomes = new Map<string, Outcome>();
  for (const answer of answers) {
    const { request, response } = answer as { request: { clientId: string }; response: { outcomes: ({ mutationId: number } & Outcome)[] } };
    for (const { mutationId, ...outcome } of response.outcomes) {
      const key = `${request.clientId}:${mutationId}`;
      const seen = outcomes.get(key);
      const normalised: Outcome = outcome.status === 'applied' ? { status: 'applied' } : { status: 'rejected', code: outcome.code };
      if (seen) expect(normalised, `answer for ${key}`).toEqual(seen);
      outcomes.set(key, normalised);
    }
  }
  return outcomes;
}

/** The server state the applied mutations imply: their writes merged per field by clock, in any order. */
function expectedRows(applied: readonly Recorded[]): Map<string, SyncedRow> {
  const rows = new Map<string, SyncedRow>();
  for (const { entry } of applied) {
    for (const write of entry.writes) {
      const key = rowKey(write.table, write.id);
      const merged = mergeWrite(rows.get(key), write, entry.hlc);
      if (merged) rows.set(key, merged);
    }
  }
  return rows;
}

async function checkConverged(world: World): Promise<void> {
  const { server, network, clients } = world;
  const expectedServer = await serverState(server);
  for (const c of clients) {
    expect(await c.db.outbox.count(), `${c.name} outbox`).toBe(0);
    expect(await replicaState(c.db), `${c.name} equals the server`).toEqual(expectedServer);
  }

  const pushes = (list: typeof network.serverSaw) =>
    list.filter((e) => e.path.startsWith('/api/sync/push') && e.status === 200).map((e) => ({ request: e.body, response: e.answer }));
  const acknowledged = outcomesFrom(pushes(network.clientGot));
  // What the server answered when the answer was lost must agree with what the phone was told on resend.
  const answered = outcomesFrom([...pushes(network.serverSaw), ...pushes(network.clientGot)]);
  expect(answered.size).toBe(acknowledged.size);

  // Nothing typed is lost silently: every recorded mutation got an answer the phone saw.
  const applied: Recorded[] = [];
  for (const [key, record] of world.recorded) {
    const outcome = acknowledged.get(key);
    expect(outcome, `outcome of ${record.entry.name} ${key}`).toBeDefined();
    if (outcome?.status === 'applied') applied.push(record);
  }
  expect(acknowledged.size).toBe(world.recorded.size);

  // The server holds exactly the applied writes, merged per field by clock: no loss, no double, no resurrection.
  const expected = expectedRows(applied.sort((a, b) => (a.entry.hlc < b.entry.hlc ? -1 : 1)));
  const actual = new Map<string, SyncedRow>();
  for (const [table, rows] of Object.entries(expectedServer)) {
    for (const row of rows as SyncedRow[]) actual.set(rowKey(table as TableName, row.id), row);
  }
  expect(new Map([...actual].sort())).toEqual(new Map([...expected].sort()));

  const members = new Map((expectedServer.members as SyncedRow[]).map((m) => [m.id, m]));
  const deletedByApplied = new Set(applied.filter((r) => r.entry.name === 'member.delete').map((r) => (r.entry.args as { id: string }).id));
  for (const { entry } of applied.filter((r) => r.entry.name === 'member.signUp')) {
    const id = (entry.args as { id: string }).id;
    expect(members.get(id), `signed-up member ${id}`).toBeDefined();
    expect(members.get(id)?.deleted).toBe(deletedByApplied.has(id));
  }

  // Per-field last writer wins: a contested field holds the value of the applied write with the greatest clock.
  const shared = members.get(world.shared.member) as SyncedRow;
  for (const field of ['notes', 'householdSize']) {
    const writers = applied.filter((r) =>
      r.entry.writes.some((w) => w.table === 'members' && w.id === world.shared.member && field in w.fields),
    );
    const latest = writers.reduce((a, b) => (b.entry.hlc > a.entry.hlc ? b : a));
    const write = latest.entry.writes.find((w) => w.id === world.shared.member) as { fields: Record<string, unknown> };
    // A removed member keeps no notes, whoever wrote them last.
    const erased = shared.deleted && field === 'notes';
    expect(shared[field], `${field} of the shared member`).toEqual(erased ? '' : write.fields[field]);
  }

  await checkBasket(world, expectedServer, applied, acknowledged);
  checkPayments(world, expectedServer, applied);

  // A refusal must be one the final state explains, and the phone keeps it for the user to read.
  for (const [key, record] of world.recorded) {
    const outcome = acknowledged.get(key) as Outcome;
    if (outcome.status !== 'rejected') continue;
    // Check-offs are refused for another reason, checked with the basket.
    if (record.entry.name === 'pickup.record') continue;
    const args = record.entry.args as { id?: string; groupId?: string; memberId?: string };
    expect(['deleted', 'notFound'], `refused ${record.entry.name}`).toContain(outcome.code);
    if (record.entry.name === 'member.update' || record.entry.name === 'member.delete') {
      expect(members.get(args.id as string)?.deleted, `refused ${record.entry.name}`).toBe(true);
    }
  }
  for (const c of clients) {
    const kept = (await c.db.rejected.toArray()).map((r) => `${c.clientId}:${r.mutationId}`).sort();
    const refused = [...acknowledged]
      .filter(([key, o]) => o.status === 'rejected' && key.startsWith(`${c.clientId}:`))
      .map(([key]) => key)
      .sort();
    expect(kept, `${c.name} keeps its refusals`).toEqual(refused);
  }
}

/**
 * The shared basket's check-off row, on the server and on every phone, is the applied event with the greatest clock,
 * all four fields of it (no mix of two events), and never a refused event; a refusal is explained by an applied move
 * of the contract off the distribution's date.
 */
async function checkBasket(
  world: World,
  serverRows: Record<string, unknown[]>,
  applied: readonly Recorded[],
  acknowledged: Map<string, Outcome>,
): Promise<void> {
  const { contract, distribution } = world.shared;
  const id = joinId(distribution.id, contract);
  const row = (serverRows.pickups as SyncedRow[]).find((p) => p.id === id);
  for (const c of world.clients) expect(await c.db.pickups.get(id), `${c.name} shows the server's check-off`).toEqual(row);

  const events = applied.filter((r) => r.entry.name === 'pickup.record');
  const eventFields = ['status', 'collectedBy', 'recordedAt', 'deviceId'] as const;
  if (events.length === 0) expect(row, 'no applied check-off, no row').toBeUndefined();
  else {
    const latest = events.reduce((a, b) => (b.entry.hlc > a.entry.hlc ? b : a));
    const args = latest.entry.args as Record<string, unknown>;
    for (const field of eventFields) {
      expect(row?.[field], `${field} of the basket comes from the latest check-off`).toEqual(args[field]);
      expect(row?.clocks[field], `${field} stamped by the latest check-off`).toBe(latest.entry.hlc);
    }
  }

  if (new Set(events.map((r) => r.clientId)).size > 1) basketCoverage.contested += 1;
  const refused = [...world.recorded].filter(
    ([key, r]) => r.entry.name === 'pickup.record' && acknowledged.get(key)?.status === 'rejected',
  );
  for (const [key, { entry }] of refused) {
    expect(acknowledged.get(key), `refused check-off ${key}`).toMatchObject({ code: 'invalid' });
    expect(row?.recordedAt, `refused check-off ${key} shows`).not.toBe((entry.args as { recordedAt: string }).recordedAt);
    expect(Object.values(row?.clocks ?? {}), `refused check-off ${key} stamped a field`).not.toContain(entry.hlc);
  }
  if (refused.length > 0) {
    basketCoverage.refused += 1;
    const movedOff = applied.some(
      (r) =>
        r.entry.name === 'contract.update' &&
        !(r.entry.args as { patch: { deliveryDates: string[] } }).patch.deliveryDates.includes(distribution.date),
    );
    expect(movedOff, 'a check-off refused although the basket was always due').toBe(true);
  }
}

/**
 * One instalment, one row, whoever recorded it: the shared contract's instalments are at most the plan's three, and
 * each one's receipt is the latest applied receipt's (the generic check above has them equal everywhere).
 */
function checkPayments(world: World, serverRows: Record<string, unknown[]>, applied: readonly Recorded[]): void {
  const { contract } = world.shared;
  const rows = (serverRows.payments as SyncedRow[]).filter((p) => p.contractId === contract);
  expect(rows.map((p) => p.id).every((id) => [0, 1, 2].some((i) => id === joinId(contract, String(i))))).toBe(true);
  for (const row of rows) {
    const receipts = applied.filter((r) => r.entry.name === 'payment.receive' && (r.entry.args as { index: number }).index === row.index);
    if (receipts.length === 0) continue;
    const latest = receipts.reduce((a, b) => (b.entry.hlc > a.entry.hlc ? b : a));
    expect(row.receivedOn, `instalment ${String(row.index)} received as its latest receipt says`).toEqual(
      (latest.entry.args as { receivedOn: string | null }).receivedOn,
    );
    if (new Set(receipts.map((r) => r.clientId)).size > 1) paymentCoverage.contested += 1;
  }
}

type Schedule = typeof schedule extends fc.Arbitrary<infer T> ? T : never;

async function runSchedule(input: Schedule): Promise<void> {
  const server = await startTestServer({ parent: SERVER_PARENT });
  const network = new FaultyNetwork(server);
  const clients: TestClient[] = [];
  try {
    const nows = input.skews.slice(0, input.clientCount).map((skew) => () => Date.now() + skew);
    for (let i = 0; i < input.clientCount; i += 1) {
      clients.push(
        await createClient(`c${i}`, network.fetchFor(`c${i}`), {
          now: nows[i],
          pushBatchSize: input.pushBatchSize,
          pullLimit: input.pullLimit,
        }),
      );
    }
    const group = groupArgs();
    const member = signUpArgs({ ...PEOPLE[0], notes: 'first' });
    const producer = producerArgs();
    const offer = offerArgs(producer.id);
    const distribution = distributionArgs(group.id);
    const contract = contractArgs(
      { memberId: member.id, groupId: group.id, offerId: offer.id },
      { deliveryDates: [distribution.date, '2026-04-14', '2026-04-21'] },
    );
    const shared = {
      member: member.id,
      group: group.id,
      contract: contract.id,
      distribution: { id: distribution.id, date: distribution.date },
    };
    const world = new World(server, network, clients, nows, shared);
    expect(await world.mutate(0, 'group.create', group)).toMatchObject({ ok: true });
    expect(await world.mutate(0, 'member.signUp', member)).toMatchObject({ ok: true });
    expect(await world.mutate(0, 'producer.create', producer)).toMatchObject({ ok: true });
    expect(await world.mutate(0, 'offer.create', offer)).toMatchObject({ ok: true });
    expect(await world.mutate(0, 'contract.create', contract)).toMatchObject({ ok: true });
    expect(await world.mutate(0, 'distribution.create', distribution)).toMatchObject({ ok: true });
    for (const c of [...clients, clients[0] as TestClient]) expect(await c.engine.syncOnce()).toMatchObject({ ok: true });

    for (const o of input.ops) {
      await world.run(o);
      await world.checkPendingVisible();
    }
    await world.quiesce();
    await checkConverged(world);
  } finally {
    for (const c of clients) await c.dispose();
    await server.close();
  }
}

describe('convergence under faults (property)', () => {
  it(
    `all replicas equal the server and nothing acknowledged is lost, over ${RUNS} schedules`,
    async () => {
      await fc.assert(fc.asyncProperty(schedule, runSchedule), { numRuns: RUNS, seed: SEED, endOnFailure: RUNS > 1000 });
      if (RUNS >= 100) {
        expect(basketCoverage.contested, 'schedules where two phones checked the basket off').toBeGreaterThan(RUNS / 20);
        expect(basketCoverage.refused, 'schedules with a refused check-off').toBeGreaterThan(0);
        expect(paymentCoverage.contested, 'instalments received on two phones').toBeGreaterThan(0);
      }
    },
    Math.max(120_000, RUNS * 2_000),
  );
});
