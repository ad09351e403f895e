/** Rows of the areas, producers and groups files: matched by name (and farm), skipped when known, created otherwise. */
import type { ColumnOf, ImportKind } from './columns';
import {
  AREA_KIND_WORDS,
  foldWord,
  GROUP_KIND_WORDS,
  MOBILISATION_WORDS,
  PRODUCT_KIND_WORDS,
  RHYTHM_WORDS,
  SALES_STATUS_WORDS,
  YES_NO_WORDS,
} from './vocabulary-fr';
import { producerKey } from './import-index';
import { checkStep, type PlannedStep, type RowContext, type RowOutcome } from './row-planner';

/** The id of the area a cell names, null when the cell is empty; undefined (with an issue) when unknown. */
export function areaId<K extends ImportKind>(ctx: RowContext<K>, column: ColumnOf<K>): string | null | undefined {
  const name = ctx.cells.text(column);
  if (name === '') return null;
  const found = ctx.index.area(name);
  if ('id' in found) return found.id;
  ctx.cells.issue(column, found.error, found.params);
  return undefined;
}

/** Reports a row whose natural key an earlier row of the same file already had; true when it is such a row. */
export function isRepeated(ctx: RowContext<ImportKind>, keys: readonly string[], message = 'import.error.duplicateRow'): boolean {
  const first = keys.map((key) => ctx.seen.get(key)).find((line) => line !== undefined);
  if (first === undefined) return false;
  ctx.cells.issue(null, message, { line: ctx.line, first });
  return true;
}

export function markSeen(ctx: RowContext<ImportKind>, keys: readonly string[]): void {
  for (const key of keys) ctx.seen.set(key, ctx.line);
}

const AREA_COLUMNS: Record<string, string> = { name: 'nom', kind: 'type' };

/** A quarter or commune: known by its folded name, whatever its kind (a known area is never changed). */
export function planAreaRow(ctx: RowContext<'areas'>): RowOutcome | null {
  const { cells, index, env } = ctx;
  const name = cells.text('nom');
  const key = foldWord(name);
  if (isRepeated(ctx, [key])) return null;
  if (name !== '' && index.existingArea(name)) {
    markSeen(ctx, [key]);
    return { label: name, steps: [], existing: true };
  }
  const kind = cells.requiredWord('type', AREA_KIND_WORDS);
  // The name is checked even when the type is wrong, so that the row says all its issues at once.
  const step: PlannedStep = { name: 'area.create', args: { id: env.newId(), name, kind: kind ?? 'quarter' } };
  checkStep(cells, step, AREA_COLUMNS);
  if (cells.issues.length > 0 || !kind) return { label: name, steps: [], existing: false };
  index.addArea({ id: step.args.id, name });
  markSeen(ctx, [key]);
  return { label: name, steps: [step], existing: false };
}

const PRODUCER_COLUMNS: Record<string, string> = {
  name: 'nom',
  farm: 'ferme',
  communeId: 'commune',
  productKinds: 'produits',
  organic: 'bio',
  salesStatus: 'statut',
  mobilisation: 'mobilisation',
  phone: 'telephone',
  email: 'email',
  notes: 'notes',
};

export function planProducerRow(ctx: RowContext<'producers'>): RowOutcome | null {
  const { cells, index, env } = ctx;
  const name = cells.text('nom');
  const farm = cells.text('ferme');
  const label = farm === '' ? name : `${name} (${farm})`;
  const key = producerKey(name, farm);
  if (isRepeated(ctx, [key])) return null;
  if (name !== '' && index.existingProducer(name, farm)) {
    markSeen(ctx, [key]);
    return { label, steps: [], existing: true };
  }
  const mobilisation = cells.word('mobilisation', MOBILISATION_WORDS);
  const step: PlannedStep = {
    name: 'producer.create',
    args: {
      id: env.newId(),
      name,
      farm,
      communeId: areaId(ctx, 'commune') ?? null,
      productKinds: cells.words('produits', PRODUCT_KIND_WORDS),
      organic: cells.word('bio', YES_NO_WORDS) === 'yes',
      salesStatus: cells.word('statut', SALES_STATUS_WORDS) ?? 'direct',
      ...(mobilisation ? { mobilisation } : {}),
      phone: cells.text('telephone'),
      email: cells.text('email'),
      notes: cells.text('notes'),
    },
  };
  checkStep(cells, step, PRODUCER_COLUMNS);
  if (cells.issues.length > 0) return { label, steps: [], existing: false };
  index.addProducer({ id: step.args.id, name, farm, productKinds: step.args.productKinds });
  markSeen(ctx, [key]);
  return { label, steps: [step], existing: false };
}

const GROUP_COLUMNS: Record<string, string> = {
  name: 'nom',
  kind: 'type',
  quarterId: 'quartier',
  place: 'lieu',
  rhythm: 'rythme',
  rhythmNote: 'precision_rythme',
};

export function planGroupRow(ctx: RowContext<'groups'>): RowOutcome | null {
  const { cells, index, env } = ctx;
  const name = cells.text('nom');
  const key = foldWord(name);
  if (isRepeated(ctx, [key])) return null;
  if (name !== '' && index.existingGroup(name)) {
    markSeen(ctx, [key]);
    return { label: name, steps: [], existing: true };
  }
  const kind = cells.requiredWord('type', GROUP_KIND_WORDS);
  const rhythm = cells.requiredWord('rythme', RHYTHM_WORDS);
  const quarterId = areaId(ctx, 'quartier') ?? null;
  if (!kind || !rhythm) return { label: name, steps: [], existing: false };
  const args = { id: env.newId(), name, kind, quarterId, place: cells.text('lieu'), rhythm, rhythmNote: cells.text('precision_rythme') };
  const step: PlannedStep = { name: 'group.create', args };
  checkStep(cells, step, GROUP_COLUMNS);
  if (cells.issues.length > 0) return { label: name, steps: [], existing: false };
  index.addGroup({ id: args.id, name, rhythm: args.rhythm });
  markSeen(ctx, [key]);
  return { label: name, steps: [step], existing: false };
}
