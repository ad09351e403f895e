// @vitest-environment node
/** The rules of the named mutations as the server applies them to what phones push, in the order it arrives. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeHlc } from '../../src/domain/hlc';
import type { TableName } from '../../src/domain/rows';
import { SqliteStore } from '../../src/server/store/sqlite-store';
import { fullAccess } from '../../src/server/sync/access-policy';
import type { Actor } from '../../src/server/sync/actor';
import { applyPush } from '../../src/server/sync/push';
import { ServerClock } from '../../src/server/sync/server-clock';
import { areaArgs, eventArgs, signUpArgs } from '../factories/entities';

const NOW = 1_780_000_000_000;
let store: SqliteStore;
let deps: Parameters<typeof applyPush>[2];

/** A phone of the coordinator's account, whose mutations get growing ids and the clocks given. */
function phone(clientId: string) {
  const actor: Actor = { userId: 'u1', role: 'coordinator', clientId, groupIds: [], producerId: null };
  let mutationId = 0;
  return async (name: string, args: unknown, atMs = NOW - 60_000 + mutationId) => {
    mutationId += 1;
    const hlc = encodeHlc({ wallMs: atMs, counter: 0, node: clientId });
    const response = await applyPush(actor, { clientId, mutations: [{ mutationId, name, args, hlc }] }, deps);
    return response.outcomes[0];
  };
}

const row = (table: TableName, id: string) => store.read(async (tx) => (await tx.getRow(table, id))?.row);

beforeEach(() => {
  store = new SqliteStore(':memory:');
  deps = { store, access: fullAccess, clock: new ServerClock('server', () => NOW), now: () => NOW };
});
afterEach(async () => store.close());

describe('optional references to a row deleted meanwhile', () => {
  it('keeps a sign-up typed offline at a stand whose event and quarter another phone deleted', async () => {
    const [coordinator, stand] = [phone('phone-a'), phone('phone-b')];
    const quarter = areaArgs();
    const event = eventArgs({ quarterId: quarter.id });
    await coordinator('area.create', quarter);
    await coordinator('event.create', event);
    // The stand phone pulled the event, then went offline; meanwhile the coordinator removed it.
    await coordinator('event.delete', { id: event.id });
    await coordinator('area.delete', { id: quarter.id });

    const person = signUpArgs({ firstName: 'Awa', quarterId: quarter.id, signupEventId: event.id });
    expect(await stand('member.signUp', person)).toEqual({ mutationId: 1, status: 'applied' });
    expect(await row('members', person.id)).toMatchObject({ firstName: 'Awa', phone: person.phone, quarterId: null, signupEventId: null, deleted: false });
  });
});
