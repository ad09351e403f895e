import { afterEach, expect, it } from 'vitest';
import { CourtCircuitDb } from '../../../src/db/database';
import { exportAll } from '../../../src/db/export';
import { runMutation } from '../../../src/db/mutate';
import { saveSession } from '../../../src/db/session';
import { producerArgs, signUpArgs } from '../../factories/entities';

let db: CourtCircuitDb;
afterEach(async () => {
  db.close();
  await db.delete();
});

it('exports every table but the session, the outbox and the device included, with the date and schema version', async () => {
  db = new CourtCircuitDb(`test-export-${Math.random()}`);
  const member = signUpArgs({ firstName: 'Exportée' });
  const producer = producerArgs({ name: 'Ferme exportée' });
  await runMutation(db, 'member.signUp', member);
  await runMutation(db, 'producer.create', producer);

  const data = await exportAll(db, new Date('2026-07-01T08:00:00Z'));

  expect(data.exportedAt).toBe('2026-07-01T08:00:00.000Z');
  expect(data.schemaVersion).toBe(db.verno);
  expect(Object.keys(data.tables).sort()).toEqual(
    db.tables
      .map((t) => t.name)
      .filter((name) => name !== 'session')
      .sort(),
  );
  expect(data.tables.members).toEqual([expect.objectContaining({ id: member.id, firstName: 'Exportée' })]);
  expect(data.tables.producers).toEqual([expect.objectContaining({ id: producer.id, name: 'Ferme exportée' })]);
  expect(data.tables.outbox).toHaveLength(2);
  expect(data.tables.device).toEqual([expect.objectContaining({ key: 'device' })]);
  expect(JSON.parse(JSON.stringify(data))).toEqual(data);
});

it('leaves the signed-in session and its bearer token out of the file', async () => {
  db = new CourtCircuitDb(`test-export-${Math.random()}`);
  const token = 'bearer-token-valid-for-a-year-0123456789';
  await saveSession(
    db,
    { token, sessionId: 'session-1', user: { id: 'u1', login: 'camille', name: 'Camille', role: 'animator' } },
    '2026-07-01T08:00:00.000Z',
  );
  await runMutation(db, 'member.signUp', signUpArgs({ firstName: 'Exportée' }));

  const file = JSON.stringify(await exportAll(db));

  expect(await db.session.count()).toBe(1);
  expect(file).toContain('Exportée');
  expect(file).not.toContain(token);
  expect(file).not.toContain('session-1');
});
