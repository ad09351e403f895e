import { afterEach, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { CourtCircuitDb } from '../../../../src/db/database';
import { applyImportRows } from '../../../../src/db/import';
import { readImportData } from '../../../../src/db/queries';
import { IMPORT_KINDS, type ImportKind } from '../../../../src/domain/import/columns';
import { exportRows } from '../../../../src/domain/import/export-csv';
import { countByStatus, planImport, type FilePlan } from '../../../../src/domain/import/plan';
import { env, example, parseCsv } from './import-fixtures';

const dbs: CourtCircuitDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

/** An empty device: no area either, the areas file creates them. */
function freshDb(): CourtCircuitDb {
  const db = new CourtCircuitDb(`import-test-${Math.random()}`);
  dbs.push(db);
  return db;
}

async function importFiles(db: CourtCircuitDb, files: Partial<Record<ImportKind, string[][]>>): Promise<FilePlan[]> {
  const plans = planImport(files, await readImportData(db), env);
  for (const plan of plans) {
    const rows = plan.rows.filter((row) => row.steps.length > 0).map((row) => row.steps);
    expect(await applyImportRows(db, rows)).toEqual(rows.map(() => ({ ok: true })));
  }
  return plans;
}

const exampleFiles = () => ({
  areas: example('areas.csv'),
  producers: example('producers.csv'),
  groups: example('groups.csv'),
  members: example('members.csv'),
  contracts: example('contracts.csv'),
});

/** The data as names and values, without ids, stamps or device: what must survive an export and import. */
async function snapshot(db: CourtCircuitDb) {
  const data = await readImportData(db);
  return Object.fromEntries(IMPORT_KINDS.map((kind) => [kind, exportRows(kind, data).sort()]));
}

describe('import, export and import again', () => {
  it('importing the same files twice creates nothing the second time', async () => {
    const db = freshDb();
    expect(countByStatus(await importFiles(db, exampleFiles()))).toMatchObject({ create: 19, error: 0 });
    const outboxAfterFirst = await db.outbox.count();
    const again = await importFiles(db, exampleFiles());
    expect(countByStatus(again)).toEqual({ create: 0, update: 0, skip: 19, error: 0 });
    expect(await db.outbox.count()).toBe(outboxAfterFirst);
    const data = await readImportData(db);
    expect([
      data.areas.length,
      data.members.length,
      data.producers.length,
      data.groups.length,
      data.contracts.length,
      data.offers.length,
    ]).toEqual([6, 3, 3, 3, 4, 3]);
  });

  it('completes a known member with the groups a new file gives them', async () => {
    const db = freshDb();
    await importFiles(db, exampleFiles());
    const rows = [
      ['prenom', 'nom', 'telephone', 'email', 'groupes', 'consentement'],
      ['Jules', 'Marchand', '', 'jules.marchand@exemple.fr', 'AMAP du Pont-Neuf', 'oui'],
    ];
    const [plan] = await importFiles(db, { members: rows });
    expect(plan.rows[0].status).toBe('update');
    expect((await readImportData(db)).groupLinks).toHaveLength(5);
  });

  it('an export imported into an empty device gives the same data, and into the same device nothing', async () => {
    const source = freshDb();
    await importFiles(source, exampleFiles());
    const data = await readImportData(source);
    const texts = Object.fromEntries(
      IMPORT_KINDS.map((kind) => [kind, `\uFEFF${Papa.unparse(exportRows(kind, data), { delimiter: ';' })}`]),
    );
    const files = Object.fromEntries(IMPORT_KINDS.map((kind) => [kind, parseCsv(texts[kind])]));

    const target = freshDb();
    const plans = await importFiles(target, files);
    expect(countByStatus(plans)).toEqual({ create: 19, update: 0, skip: 0, error: 0 });
    expect(await snapshot(target)).toEqual(await snapshot(source));
    expect((await snapshot(target)).areas).toContainEqual(['Buxerolles', 'commune']);

    expect(countByStatus(await importFiles(source, files))).toEqual({ create: 0, update: 0, skip: 19, error: 0 });
  });

  it('neutralises formula-like cells in exports, and reads them back as the same text', async () => {
    const db = freshDb();
    await importFiles(db, {
      members: [
        ['prenom', 'nom', 'telephone', 'email', 'notes', 'consentement'],
        ['Ana', 'Roux', '+33 6 00 00 00 28', '', "'=1+1", 'oui'],
        ['Ben', 'Hall', '+44 20 7946 0958', '', '', 'oui'],
      ],
    });
    const rows = exportRows('members', await readImportData(db));
    const row = (firstName: string) => rows.find((r) => r[0] === firstName) ?? [];
    // A French number as people write it; another in its international form, which starts like a formula.
    expect(row('Ana')[2]).toBe('06 00 00 00 28');
    expect(row('Ben')[2]).toBe("'+44 20 7946 0958");
    expect(row('Ana')[rows[0].indexOf('notes')]).toBe("'=1+1");
    const [plan] = planImport({ members: rows }, await readImportData(db), env);
    expect(plan.rows.map((r) => r.status)).toEqual(['skip', 'skip']);
  });

  it('writes none of a row when one of its mutations is refused', async () => {
    const db = freshDb();
    const [plan] = planImport({ members: example('members.csv') }, await readImportData(db), env);
    // The members file alone names groups that do not exist: take a valid sign-up and add a link to a missing group.
    const signUp = planImport(
      {
        members: [
          ['prenom', 'nom', 'telephone', 'email', 'consentement'],
          ['Lou', 'Vidal', '0600000031', '', 'oui'],
        ],
      },
      await readImportData(db),
      env,
    )[0].rows[0].steps[0];
    expect(plan.rows[0].status).toBe('error');
    const [result] = await applyImportRows(db, [[signUp, { name: 'groupMember.add', args: { groupId: 'missing', memberId: 'nobody' } }]]);
    expect(result?.ok).toBe(false);
    expect(await db.members.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });
});
