/**
 * Rows of the contracts file. The member is named by first and last name (with a phone or email when two people
 * share a name), or by email or phone alone. The offer is the producer's offer of that name; a missing one is
 * created with the row (its product kind from produit, else the producer's first; its unit from unite, else a
 * basket; its price the row's). Delivery dates come from the dates column, else from the group's rhythm between
 * debut and fin. A contract is known by member + offer + start date.
 */
import { deliveryDatesFor } from '../distribution/delivery-dates';
import { parseEuros } from '../format/money';
import { contractKey } from './import-index';
import { parseDate } from './cells';
import { isRepeated, markSeen } from './plan-entities';
import { CONTRACT_KIND_WORDS, PRODUCT_KIND_WORDS, SIZE_WORDS, UNIT_WORDS } from './vocabulary-fr';
import { checkStep, type PlannedStep, type RowContext, type RowOutcome } from './row-planner';

const CONTRACT_COLUMNS: Record<string, string> = {
  memberId: 'nom',
  groupId: 'groupe',
  offerId: 'offre',
  kind: 'type',
  startDate: 'debut',
  endDate: 'fin',
  deliveryDates: 'dates',
  quantity: 'quantite',
  size: 'taille',
  pricePerDeliveryCents: 'prix',
  notes: 'notes',
};
const OFFER_COLUMNS: Record<string, string> = { name: 'offre', productKind: 'produit', unit: 'unite', defaultPriceCents: 'prix' };

function found<T extends { id: string }>(
  ctx: RowContext<'contracts'>,
  column: 'groupe' | 'producteur' | 'nom',
  result: T | { error: string; params: Record<string, string> },
): T | undefined {
  if ('id' in result) return result;
  ctx.cells.issue(column, result.error, result.params);
  return undefined;
}

/** The member's cells of a row, as typed ('' when empty). */
type RowPerson = Record<'firstName' | 'lastName' | 'phone' | 'email', string>;

function member(ctx: RowContext<'contracts'>, person: RowPerson): { id: string; name: string } | undefined {
  if (Object.values(person).every((part) => part === '')) {
    ctx.cells.issue('nom', 'import.error.memberMissing');
    return undefined;
  }
  return found(ctx, 'nom', ctx.index.member(person));
}

/** Who the preview names: the member found (a row may give only their email), else what the row typed. */
function memberLabel(person: RowPerson, known: { name: string } | undefined): string {
  return known?.name || `${person.firstName} ${person.lastName}`.trim() || person.email || person.phone;
}

function number(ctx: RowContext<'contracts'>, column: 'quantite', fallback: number): number {
  const text = ctx.cells.text(column);
  if (text === '') return fallback;
  const value = Number(text.replace(',', '.'));
  if (Number.isFinite(value)) return value;
  ctx.cells.issue(column, 'validation.quantityPositive');
  return fallback;
}

function priceCents(ctx: RowContext<'contracts'>): number {
  const text = ctx.cells.text('prix');
  const cents = parseEuros(text);
  if (cents === null) ctx.cells.issue('prix', text === '' ? 'validation.required' : 'validation.priceInvalid');
  return cents ?? 0;
}

function listedDates(ctx: RowContext<'contracts'>): string[] {
  return ctx.cells.list('dates').flatMap((text) => {
    const date = parseDate(text);
    if (date === null) ctx.cells.issue('dates', 'import.error.date', { value: text });
    return date ?? [];
  });
}

export function planContractRow(ctx: RowContext<'contracts'>): RowOutcome | null {
  const { cells, index, env } = ctx;
  const person = {
    firstName: cells.text('prenom'),
    lastName: cells.text('nom'),
    phone: cells.text('telephone'),
    email: cells.text('email'),
  };
  const known = member(ctx, person);
  const memberId = known?.id;
  const groupId = found(ctx, 'groupe', index.group(cells.text('groupe')))?.id;
  const producerId = found(ctx, 'producteur', index.producer(cells.text('producteur')))?.id;
  const offerName = cells.text('offre');
  const label = [memberLabel(person, known), '—', offerName].filter((part) => part !== '').join(' ');
  const startDate = cells.date('debut');
  const endDate = cells.date('fin');
  const kind = cells.word('type', CONTRACT_KIND_WORDS) ?? 'season';
  const price = priceCents(ctx);
  const dates = listedDates(ctx);
  const size = cells.word('taille', SIZE_WORDS) ?? null;
  const quantity = number(ctx, 'quantite', 1);
  const productKind = cells.word('produit', PRODUCT_KIND_WORDS);
  const unit = cells.word('unite', UNIT_WORDS) ?? 'basket';
  if (memberId === undefined || groupId === undefined || producerId === undefined || startDate === null || endDate === null)
    return { label, steps: [], existing: false };

  const existingOffer = index.offer(producerId, offerName);
  const offerId = existingOffer ?? env.newId();
  const key = contractKey(memberId, offerId, startDate);
  if (isRepeated(ctx, [key])) return null;
  if (existingOffer && index.hasContract(key)) {
    markSeen(ctx, [key]);
    return { label, steps: [], existing: true };
  }
  const steps: PlannedStep[] = [];
  if (!existingOffer) {
    const producer = index.producerById(producerId);
    const offer: PlannedStep = {
      name: 'offer.create',
      args: {
        id: offerId,
        producerId,
        name: offerName,
        productKind: productKind ?? producer?.productKinds[0] ?? 'other',
        unit,
        defaultPriceCents: price,
      },
    };
    checkStep(cells, offer, OFFER_COLUMNS);
    steps.push(offer);
  }
  const rhythm = index.groupById(groupId)?.rhythm ?? 'other';
  const generated = kind === 'oneOff' ? [startDate] : startDate && endDate ? deliveryDatesFor(startDate, endDate, rhythm) : [];
  const contract: PlannedStep = {
    name: 'contract.create',
    args: {
      id: env.newId(),
      memberId,
      groupId,
      offerId,
      kind,
      startDate,
      endDate,
      deliveryDates: dates.length > 0 ? dates : generated,
      quantity,
      size,
      pricePerDeliveryCents: price,
      notes: cells.text('notes'),
    },
  };
  checkStep(cells, contract, CONTRACT_COLUMNS);
  if (cells.issues.length > 0) return { label, steps: [], existing: false };
  if (!existingOffer) index.addOffer({ id: offerId, producerId, name: offerName });
  index.addContract(key);
  markSeen(ctx, [key]);
  return { label, steps: [...steps, contract], existing: false };
}
