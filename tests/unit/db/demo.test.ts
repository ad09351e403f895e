import { afterEach, describe, expect, it } from 'vitest';
import { CourtCircuitDb } from '../../../src/db/database';
import { clearDemo, countDemoRows, loadDemo } from '../../../src/db/demo';
import { runMutation } from '../../../src/db/mutate';
import { hasDemoData } from '../../../src/db/queries';
import { SYNCED_TABLES } from '../../../src/domain/rows';
import { joinId } from '../../../src/domain/ids';
import { signUpArgs } from '../../factories/entities';

let db: CourtCircuitDb;

async function freshDb(): Promise<CourtCircuitDb> {
  db = new CourtCircuitDb(`test-demo-${Math.random()}`);
  await db.open();
  return db;
}

afterEach(async () => {
  db.close();
  await db.delete();
});

describe('loadDemo / clearDemo', () => {
  it('loads the example as demo rows in one mutation', async () => {
    await freshDb();
    expect(await loadDemo(db)).toMatchObject({ ok: true });
    expect(await db.outbox.count()).toBe(1);
    expect((await db.outbox.toArray())[0].name).toBe('demo.load');
    for (const table of SYNCED_TABLES) {
      const rows = await db.syncedTable(table).toArray();
      expect(rows.length, table).toBeGreaterThan(0);
      expect(rows.every((row) => row.demo === true && row.deleted === false), table).toBe(true);
    }
    expect(await hasDemoData(db)).toBe(true);
    expect((await countDemoRows(db)).producers).toBeGreaterThanOrEqual(12);
  });

  it('removes every demo row and the links to them, and leaves real data alone', async () => {
    await freshDb();
    await loadDemo(db);
    const real = signUpArgs({ firstName: 'Réelle', lastName: 'Personne' });
    expect(await runMutation(db, 'member.signUp', real)).toMatchObject({ ok: true });
    const demoGroup = (await db.groups.toArray())[0];
    expect(await runMutation(db, 'groupMember.add', { groupId: demoGroup.id, memberId: real.id })).toMatchObject({ ok: true });

    expect(await clearDemo(db)).toMatchObject({ ok: true });

    for (const table of SYNCED_TABLES) {
      const demoRows = (await db.syncedTable(table).toArray()).filter((row) => row.demo === true);
      expect(demoRows.length, table).toBeGreaterThan(0);
      expect(demoRows.every((row) => row.deleted === true), table).toBe(true);
    }
    const member = await db.members.get(real.id);
    expect(member).toMatchObject({ deleted: false, demo: false, firstName: 'Réelle' });
    // The real member's link to a demo group goes with the group.
    expect(await db.groupMembers.get(joinId(demoGroup.id, real.id))).toMatchObject({ deleted: true });
    expect(await hasDemoData(db)).toBe(false);
    expect(await countDemoRows(db)).toEqual({ areas: 0, producers: 0, groups: 0, events: 0, members: 0 });
  });

  it('clearing when there is no demo data changes nothing', async () => {
    await freshDb();
    const real = signUpArgs();
    await runMutation(db, 'member.signUp', real);
    expect(await clearDemo(db)).toMatchObject({ ok: true });
    expect(await db.members.get(real.id)).toMatchObject({ deleted: false });
  });
});
