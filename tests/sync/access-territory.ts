/**
 * A territory with rows in and out of each role's scope on a real server store, and for each role an account whose
 * device holds what a real pull gave it: what tests/sync/access-table.test.ts walks every mutation over.
 */
import type { Role } from '../../src/domain/access/account';
import type { MutationArgs, MutationName } from '../../src/domain/mutations/registry';
import { CourtCircuitDb } from '../../src/db/database';
import { getDevice } from '../../src/db/device';
import { saveSession } from '../../src/db/session';
import { SyncEngine } from '../../src/sync/engine';
import {
  areaArgs,
  contractArgs,
  distributionArgs,
  eventArgs,
  groupArgs,
  initiativeArgs,
  offerArgs,
  outletArgs,
  partnerArgs,
  paymentPlanArgs,
  producerArgs,
  signUpArgs,
} from '../factories/entities';
import { accountWithPhone, push, type AuthApp, type Phone } from '../helpers/auth-app';
import { injectFetch } from './harness';

/** The rows: "mine" are in the animator's scope and, for offers, contracts and the producer row, in the producer's. */
export function territoryRows() {
  const gMine = groupArgs({ name: 'AMAP des Couronneries' });
  const gTheirs = groupArgs({ name: 'AMAP de Saint-Éloi' });
  const pMine = producerArgs({ name: 'Ferme du Clain' });
  const pTheirs = producerArgs({ name: 'Ferme des Buttes' });
  const oMine = offerArgs(pMine.id);
  const oTheirs = offerArgs(pTheirs.id);
  const eMine = eventArgs({ name: 'Marché de Camille' });
  const eTheirs = eventArgs({ name: 'Forum des associations' });
  // In the animator's scope by a link to its group, by owner (signed up by the animator), by its event.
  const mMine = signUpArgs({ firstName: 'Awa' });
  const mOwn = signUpArgs({ firstName: 'Léo' });
  const mAtEvent = signUpArgs({ firstName: 'Inès', signupEventId: eMine.id });
  // Signed up twice by the animator, and merged into mOwn: a merge to undo.
  const mTwin = signUpArgs({ firstName: 'Léo' });
  // On the animator's day lists (a contract in its group) but not its to change; and someone else's entirely.
  const mHolder = signUpArgs({ firstName: 'Marc' });
  const mTheirs = signUpArgs({ firstName: 'Zoé' });
  const dMine = distributionArgs(gMine.id);
  const dTheirs = distributionArgs(gTheirs.id);
  return {
    area: areaArgs(),
    gMine,
    gTheirs,
    pMine,
    pTheirs,
    oMine,
    oTheirs,
    eMine,
    eTheirs,
    mMine,
    mOwn,
    mAtEvent,
    mTwin,
    mHolder,
    mTheirs,
    dMine,
    dTheirs,
    cMine: contractArgs({ memberId: mMine.id, groupId: gMine.id, offerId: oMine.id }),
    cHolder: contractArgs({ memberId: mHolder.id, groupId: gMine.id, offerId: oTheirs.id }),
    cTheirs: contractArgs({ memberId: mTheirs.id, groupId: gTheirs.id, offerId: oTheirs.id }),
    partner: partnerArgs(),
    initiative: initiativeArgs(),
    outlet: outletArgs(),
  };
}
export type Territory = ReturnType<typeof territoryRows>;

export interface RoleDevice {
  role: Role;
  /** The account's phone that pushes the mutations under test. */
  writer: Phone;
  /** Another device of the same account, filled by a real pull of the territory. */
  db: CourtCircuitDb;
}

async function applied<N extends MutationName>(t: AuthApp, phone: Phone, name: N, args: MutationArgs<N>): Promise<void> {
  const { outcome } = await push(t.app, phone, name, args);
  if (outcome?.status !== 'applied') throw new Error(`${name} was not applied: ${JSON.stringify(outcome)}`);
}

export async function buildTerritory(t: AuthApp, rows: Territory, writers: Record<Role, Phone>): Promise<void> {
  const { coordinator, animator } = writers;
  const c = <N extends MutationName>(name: N, args: MutationArgs<N>) => applied(t, coordinator, name, args);
  await c('area.create', rows.area);
  for (const group of [rows.gMine, rows.gTheirs]) await c('group.create', group);
  for (const producer of [rows.pMine, rows.pTheirs]) await c('producer.create', producer);
  for (const offer of [rows.oMine, rows.oTheirs]) await c('offer.create', offer);
  await applied(t, animator, 'event.create', rows.eMine);
  await c('event.create', rows.eTheirs);
  await applied(t, animator, 'member.signUp', rows.mOwn);
  await applied(t, animator, 'member.signUp', rows.mTwin);
  await applied(t, animator, 'member.merge', { keepId: rows.mOwn.id, mergeId: rows.mTwin.id });
  for (const member of [rows.mMine, rows.mAtEvent, rows.mHolder, rows.mTheirs]) await c('member.signUp', member);
  await c('groupMember.add', { groupId: rows.gMine.id, memberId: rows.mMine.id });
  await c('groupMember.add', { groupId: rows.gTheirs.id, memberId: rows.mTheirs.id });
  for (const distribution of [rows.dMine, rows.dTheirs]) await c('distribution.create', distribution);
  for (const contract of [rows.cMine, rows.cHolder, rows.cTheirs]) await c('contract.create', contract);
  for (const [distribution, member] of [
    [rows.dMine, rows.mMine],
    [rows.dTheirs, rows.mTheirs],
  ] as const) {
    await c('absence.declare', { distributionId: distribution.id, memberId: member.id, proxyName: 'Claire Potiron', note: '' });
    await c('volunteer.take', { distributionId: distribution.id, memberId: member.id, task: 'Accueil' });
  }
  for (const contract of [rows.cMine, rows.cHolder, rows.cTheirs]) await c('payment.planSet', paymentPlanArgs(contract.id));
  await c('membershipFee.set', { groupId: rows.gTheirs.id, memberId: rows.mTheirs.id, year: 2026, amountCents: 1000, paidOn: null });
  await c('partner.create', rows.partner);
  await c('initiative.create', rows.initiative);
  await c('outlet.create', rows.outlet);
}

/** An account per role, each with a writer phone; its device joins once the territory is built (pullDevice). */
export async function openAccounts(t: AuthApp, rows: Territory): Promise<Record<Role, Phone>> {
  return {
    coordinator: await accountWithPhone(t.accounts, { login: 'coord', name: 'Coordination', role: 'coordinator' }),
    animator: await accountWithPhone(t.accounts, { login: 'camille', name: 'Camille', role: 'animator', groupIds: [rows.gMine.id] }),
    producer: await accountWithPhone(t.accounts, { login: 'ferme', name: 'Ferme du Clain', role: 'producer', producerId: rows.pMine.id }),
  };
}

/** A new device signed in to the writer's account, as the login would leave it, then synced. */
export async function pullDevice(t: AuthApp, role: Role, writer: Phone, rows: Territory): Promise<RoleDevice> {
  const db = new CourtCircuitDb(`access-${role}-${Math.random()}`);
  await db.open();
  const { clientId } = await getDevice(db);
  const session = await t.accounts.openSession(writer.userId, clientId, `Autre téléphone (${role})`);
  const user = {
    id: writer.userId,
    login: role,
    name: role,
    role,
    producerId: role === 'producer' ? rows.pMine.id : null,
    groupIds: role === 'animator' ? [rows.gMine.id] : [],
  };
  await saveSession(db, { ...session, user }, new Date().toISOString());
  const result = await new SyncEngine({ db, transport: { baseUrl: '', fetch: injectFetch(t) } }).syncOnce();
  if (!result.ok) throw new Error(`${role}'s device did not sync: ${result.failure.key}`);
  return { role, writer, db };
}
