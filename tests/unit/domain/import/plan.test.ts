import { describe, expect, it } from 'vitest';
import { countByStatus, planImport, type FilePlan } from '../../../../src/domain/import/plan';
import { PAPER_CONSENT_VERSION } from '../../../../src/domain/people/consent';
import { emptyData, env, example, fixture, parseCsv } from './import-fixtures';

const examples = () => ({
  producers: example('producers.csv'),
  groups: example('groups.csv'),
  members: example('members.csv'),
  contracts: example('contracts.csv'),
});

function issuesOf(plan: FilePlan, line: number) {
  return plan.rows.find((row) => row.line === line)?.issues.map((i) => `${i.column}:${i.message}`) ?? [];
}

describe('planImport on the example files', () => {
  it('plans every example row for creation, groups before members before contracts', () => {
    const plans = planImport(examples(), emptyData(), env);
    expect(plans.map((p) => p.kind)).toEqual(['producers', 'groups', 'members', 'contracts']);
    for (const plan of plans) {
      expect(plan.fileIssue).toBeNull();
      expect(plan.rows.filter((r) => r.status !== 'create').map((r) => [plan.kind, r.line, r.issues])).toEqual([]);
    }
    expect(countByStatus(plans)).toEqual({ create: 13, update: 0, skip: 0, error: 0 });
  });

  it('signs members up with the paper consent and the date written on the paper', () => {
    const [, , members] = planImport(examples(), emptyData(), env);
    const step = members.rows[0].steps[0];
    expect(step.name).toBe('member.signUp');
    if (step.name !== 'member.signUp') return;
    expect(step.args).toMatchObject({
      firstName: 'Camille',
      consentTextVersion: PAPER_CONSENT_VERSION,
      consentAt: '2026-09-12T12:00:00.000Z',
      interests: ['vegetables', 'eggs'],
      householdSize: 3,
      quarterId: 'area-0',
    });
    // Fatima is linked to the two groups the groups file creates.
    expect(members.rows[2].steps.filter((s) => s.name === 'groupMember.add')).toHaveLength(2);
  });

  it('says a member without phone nor e-mail needs one, in words for a file (no « pas de contact » box to tick there)', () => {
    const rows = [
      ['prenom', 'nom', 'telephone', 'email', 'consentement'],
      ['Marie', 'Martin', '', '', 'oui'],
    ];
    const [plan] = planImport({ members: rows }, emptyData(), env);
    expect(issuesOf(plan, 2)).toEqual(['telephone:import.contactRequired']);
  });

  it('signs members up on the day of their paper consent, not on the day of the import', () => {
    const header = ['prenom', 'nom', 'telephone', 'email', 'consentement', 'date_consentement'];
    const rows = [
      header,
      ['Marie', 'Martin', '0600000021', '', 'oui', '15/03/2025'],
      ['Ana', 'Lima', '0600000022', '', 'oui', ''],
      ['Léa', 'Roux', '0600000023', '', 'oui', '2026-09-21'],
      ['Paul', 'Roy', '0600000024', '', 'oui', '22/09/2026'],
    ];
    const [plan] = planImport({ members: rows }, emptyData(), env);
    const signUp = (line: number) => plan.rows.find((row) => row.line === line)?.steps.find((step) => step.name === 'member.signUp')?.args;
    expect(signUp(2)).toMatchObject({ signupAt: '2025-03-15T12:00:00.000Z', consentAt: '2025-03-15T12:00:00.000Z' });
    // No date on the paper: the import's time, as before.
    expect(signUp(3)).toMatchObject({ signupAt: env.now.toISOString(), consentAt: env.now.toISOString() });
    // Tomorrow is allowed (the import's day may already be tomorrow somewhere); after that, the paper cannot be signed yet.
    expect(signUp(4)).toMatchObject({ signupAt: '2026-09-21T12:00:00.000Z' });
    expect(plan.rows.find((row) => row.line === 5)).toMatchObject({
      status: 'error',
      issues: [{ column: 'date_consentement', message: 'import.error.futureDate', params: { value: '22/09/2026' } }],
    });
  });

  it('creates a missing offer once and generates the delivery dates from the group rhythm', () => {
    const contracts = planImport(examples(), emptyData(), env)[3];
    const [first, second] = contracts.rows;
    expect(first.steps.map((s) => s.name)).toEqual(['offer.create', 'contract.create']);
    expect(second.steps.map((s) => s.name)).toEqual(['contract.create']);
    const contract = first.steps[1];
    if (contract.name !== 'contract.create') throw new Error('expected a contract');
    expect(contract.args.deliveryDates.slice(0, 3)).toEqual(['2026-10-06', '2026-10-13', '2026-10-20']);
    expect(contract.args.pricePerDeliveryCents).toBe(1550);
    expect(contract.args.size).toBe('medium');
  });

  it('names in the preview the member a contract row found by e-mail or phone only', () => {
    const contracts = planImport(examples(), emptyData(), env)[3];
    expect(contracts.rows.map((row) => [row.line, row.label])).toEqual([
      [2, 'Camille Rivière — Panier de légumes'],
      [3, 'Fatima Benali — Panier de légumes'],
      [4, "Fatima Benali — Douzaine d'œufs"],
      [5, 'Jules Marchand — Cagette de pommes'],
    ]);
    const unknown = [
      ...example('contracts.csv').slice(0, 1),
      [
        '',
        '',
        'personne@exemple.fr',
        '',
        "Groupement d'achat des Glycines",
        'Marc Pommier',
        'Cagette de pommes',
        '',
        '',
        'ponctuel',
        '17/10/2026',
        '17/10/2026',
        '',
        '',
        '',
        '2,50',
        '',
      ],
    ];
    const [, , , withUnknown] = planImport({ ...examples(), contracts: unknown }, emptyData(), env);
    expect(withUnknown.rows[0]).toMatchObject({ status: 'error', label: 'personne@exemple.fr — Cagette de pommes' });
  });
});

describe('planImport of quarters and communes', () => {
  const noAreas = () => ({ ...emptyData(), areas: [] });

  it('plans all five example files on a device without any area, areas first, with no error', () => {
    const plans = planImport({ areas: example('areas.csv'), ...examples() }, noAreas(), env);
    expect(plans.map((p) => p.kind)).toEqual(['areas', 'producers', 'groups', 'members', 'contracts']);
    expect(plans.flatMap((p) => p.rows.filter((r) => r.status !== 'create').map((r) => [p.kind, r.line, r.issues]))).toEqual([]);
    expect(countByStatus(plans)).toEqual({ create: 19, update: 0, skip: 0, error: 0 });
    const kinds = plans[0].rows.map((r) => r.steps[0]).map((s) => (s.name === 'area.create' ? `${s.args.name}:${s.args.kind}` : s.name));
    expect(kinds).toEqual([
      'Trois-Cités:quarter',
      'Couronneries:quarter',
      'Poitiers Sud:quarter',
      'Buxerolles:commune',
      'Saint-Benoît:commune',
      'Migné-Auxances:commune',
    ]);
    // A producer's commune is the area the areas file creates.
    const created = plans[0].rows[3].steps[0];
    const lucie = plans[1].rows[0].steps[0];
    expect(lucie.name === 'producer.create' && created.name === 'area.create' && lucie.args.communeId === created.args.id).toBe(true);
  });

  it('refuses an unknown or missing type and a missing name, in words per column', () => {
    const rows = [
      ['Nom', 'Type'],
      ['Beaulieu', 'quartiers'],
      ['Montierneuf', ''],
      ['', 'commune'],
      ['Saint-Éloi', 'Quartier'],
    ];
    const [plan] = planImport({ areas: rows }, noAreas(), env);
    expect(plan.rows[0].issues).toEqual([
      { column: 'type', message: 'import.error.unknownWord', params: { value: 'quartiers', expected: 'quartier, commune' } },
    ]);
    expect(issuesOf(plan, 3)).toEqual(['type:validation.required']);
    expect(issuesOf(plan, 4)).toEqual(['nom:validation.required']);
    expect(plan.rows.map((r) => r.status)).toEqual(['error', 'error', 'error', 'create']);
  });

  it('reports a repeated name, however written, as the same line as the first', () => {
    const rows = [
      ['nom', 'type'],
      ['Trois-Cités', 'quartier'],
      ['  trois-cites ', 'commune'],
    ];
    const [plan] = planImport({ areas: rows }, noAreas(), env);
    expect(plan.rows[1]).toMatchObject({
      status: 'error',
      issues: [{ column: null, message: 'import.error.duplicateRow', params: { first: 2 } }],
    });
  });

  it('skips an area already known by its folded name, whatever its type, and refuses formula-like names', () => {
    const rows = [
      ['nom', 'type'],
      ['TROIS-CITES', 'commune'],
      ['=HYPERLINK("x")', 'quartier'],
      ['Beaulieu', 'quartier'],
    ];
    const [plan] = planImport({ areas: rows }, emptyData(), env);
    expect(plan.rows.map((r) => r.status)).toEqual(['skip', 'error', 'create']);
    expect(issuesOf(plan, 3)).toEqual(['nom:import.error.formula']);
  });
});

describe('planImport on bad files', () => {
  it('refuses a file whose columns are wrong, listing the expected ones', () => {
    const [plan] = planImport({ members: fixture('members-missing-columns.csv') }, emptyData(), env);
    expect(plan.fileIssue).toMatchObject({ message: 'import.file.unknownColumns', params: { columns: 'telefone' } });
    expect(JSON.stringify(plan.fileIssue)).toContain('"expected":"prenom, nom, telephone, email, consentement, quartier');
    expect(plan.rows).toEqual([]);
  });

  it('reports a missing column when every present column is known', () => {
    const [plan] = planImport(
      {
        members: [
          ['prenom', 'nom', 'consentement'],
          ['Marie', 'Martin', 'oui'],
        ],
      },
      emptyData(),
      env,
    );
    expect(plan.fileIssue).toMatchObject({ message: 'import.file.missingColumns', params: { columns: 'telephone, email' } });
  });

  it('reads a comma-separated file with a byte-order mark', () => {
    const [plan] = planImport({ members: fixture('members-bom-comma.csv') }, emptyData(), env);
    expect(plan.fileIssue).toBeNull();
    expect(plan.rows.map((r) => r.status)).toEqual(['create']);
  });

  it('says per row and column what is wrong in a members file', () => {
    const [plan] = planImport({ members: fixture('members-bad-rows.csv') }, emptyData(), env);
    expect(issuesOf(plan, 2)).toEqual(['email:validation.emailInvalid']);
    expect(issuesOf(plan, 3)).toEqual(['consentement:import.error.consentMissing']);
    expect(plan.rows[2].issues[0]).toMatchObject({
      column: 'quartier',
      message: 'import.error.unknownAreaClosest',
      params: { closest: 'Trois-Cités' },
    });
    expect(plan.rows[3].issues[0]).toMatchObject({ column: 'envies', message: 'import.error.unknownWord', params: { value: 'fromages' } });
    expect(issuesOf(plan, 6)).toEqual(['groupes:import.error.unknownGroup']);
    expect(issuesOf(plan, 7)).toEqual(['date_consentement:import.error.date']);
    expect(issuesOf(plan, 9)).toEqual(['telephone:import.error.formula']);
    // A phone written +33… is a phone; the same + in the notes column is refused.
    expect(issuesOf(plan, 10)).toEqual(['notes:import.error.formula']);
    expect(plan.rows[9]).toMatchObject({ status: 'create', line: 11 });
    const ana = plan.rows[9].steps[0];
    expect(ana.name === 'member.signUp' && ana.args.notes).toBe('=1+1 est du texte');
  });

  it('reports a repeated person as the same as the earlier line', () => {
    const [plan] = planImport({ members: fixture('members-bad-rows.csv') }, emptyData(), env);
    // Line 2 has a bad email, so it is not a person yet; line 8 (same name and phone, other spelling) repeats nothing.
    const rows = [
      ['prenom', 'nom', 'telephone', 'email', 'consentement'],
      ['Marie', 'Martin', '0600000021', '', 'oui'],
      ['marie', 'MARTIN', '06.00.00.00.21', '', 'oui'],
    ];
    const [again] = planImport({ members: rows }, emptyData(), env);
    expect(again.rows[1]).toMatchObject({
      status: 'error',
      issues: [{ column: null, message: 'import.error.duplicatePerson', params: { line: 3, first: 2 } }],
    });
    expect(plan.rows.find((r) => r.line === 8)?.status).toBe('create');
  });

  it('checks producers: product kinds, yes/no, repeated rows', () => {
    const [plan] = planImport({ producers: fixture('producers-bad-rows.csv') }, emptyData(), env);
    expect(issuesOf(plan, 2)).toEqual(['produits:validation.productKindRequired']);
    expect(issuesOf(plan, 3)).toEqual(['bio:import.error.unknownWord']);
    expect(plan.rows[2].status).toBe('create');
    expect(issuesOf(plan, 5)).toEqual(['produits:import.error.unknownWord']);
  });

  it('checks groups: rhythm and kind words, a name is required', () => {
    const [plan] = planImport({ groups: fixture('groups-bad-rows.csv') }, emptyData(), env);
    expect(issuesOf(plan, 2)).toEqual(['rythme:import.error.unknownWord']);
    expect(issuesOf(plan, 3)).toEqual(['type:import.error.unknownWord']);
    expect(issuesOf(plan, 4)).toEqual(['nom:validation.required']);
  });

  it('checks contracts: unknown member, closest producer, bad dates, end before start, bad price', () => {
    const files = { ...examples(), contracts: fixture('contracts-bad-rows.csv') };
    const contracts = planImport(files, emptyData(), env)[3];
    expect(issuesOf(contracts, 2)).toEqual(['nom:import.error.unknownMember']);
    expect(contracts.rows[1].issues[0]).toMatchObject({
      column: 'producteur',
      message: 'import.error.unknownProducerClosest',
      params: { closest: 'Lucie Semis' },
    });
    expect(issuesOf(contracts, 4)).toEqual(['debut:import.error.date']);
    expect(issuesOf(contracts, 5)).toContain('fin:validation.endBeforeStart');
    expect(issuesOf(contracts, 6)).toEqual(['prix:validation.priceInvalid']);
  });

  it('refuses a row with more or fewer cells than the header, before reading any of its cells', () => {
    const file = parseCsv(
      [
        'nom;produits;notes',
        'Louis Extra;légumes;Paniers; toute l année; livraison mardi',
        'Nina Grain;"légumes; pain";"Paniers; toute l’année"',
        'Paul Miel;miel',
        // The unquoted ; is in the middle: the cells after it would be read under the wrong columns.
        'Rose Verger;fruits; pommes;Vente à la ferme',
      ].join('\n'),
    );
    const [plan] = planImport({ producers: file }, emptyData(), env);
    expect(plan.rows.map((row) => [row.line, row.status, row.issues])).toEqual([
      [2, 'error', [{ column: null, message: 'import.error.tooManyCells', params: { count: 5, columns: 3 } }]],
      [3, 'create', []],
      [4, 'error', [{ column: null, message: 'import.error.tooFewCells', params: { count: 2, columns: 3 } }]],
      [5, 'error', [{ column: null, message: 'import.error.tooManyCells', params: { count: 4, columns: 3 } }]],
    ]);
    expect(plan.rows.filter((row) => row.status === 'error').every((row) => row.steps.length === 0)).toBe(true);
  });

  it('refuses more rows than the limit', () => {
    const rows = [['nom', 'type', 'rythme'], ...Array.from({ length: 20_001 }, (_, i) => [`G${i}`, 'AMAP', 'mensuel'])];
    const [plan] = planImport({ groups: rows }, emptyData(), env);
    expect(plan.fileIssue).toEqual({ message: 'import.file.tooManyRows', params: { max: 20_000 } });
  });
});
