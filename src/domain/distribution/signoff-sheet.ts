/**
 * The sign-off sheet ("émargement") of a distribution: one row per basket due, in the baskets' order, with the
 * member's name, the producer, what the basket holds (with the offer's unit: "2 pièces") and the proxy if any; the members away with no proxy apart, with the numbers
 * their baskets keep (a sheet printed before they said so stays right). The same rows make the printed sheet and the
 * CSV, so both list the same baskets.
 */
import { knownName, type DistributionDay, type PersonName } from './baskets';
import type { BasketSize, Offer, Unit } from './distribution-entities';
import { neutraliseRows } from '../import/csv-safety';
import { foldText } from '../people/normalise';

export interface SheetRow {
  contractId: string;
  /** null only where the day is not numbered yet (never on a device holding the whole day). */
  number: number | null;
  lastName: string;
  firstName: string;
  producerName: string;
  offerName: string;
  quantity: number;
  /** The offer's unit, to print "2 pièces" rather than "2"; null when the offer is not on this device. */
  unit: Unit | null;
  size: BasketSize | null;
  proxyName: string | null;
}

export interface AbsentRow {
  memberId: string;
  numbers: (number | null)[];
  lastName: string;
  firstName: string;
  offerNames: string[];
  note: string;
}

export interface SignoffSheet {
  rows: SheetRow[];
  absent: AbsentRow[];
}

/** `erased` names, in the last name's column, a member whose record was deleted or is not on this device. */
export function signoffSheet(
  day: DistributionDay,
  names: ReadonlyMap<string, PersonName>,
  offers: ReadonlyMap<string, Pick<Offer, 'name' | 'unit'>>,
  offerOfContract: ReadonlyMap<string, string>,
  producerNames: ReadonlyMap<string, string>,
  erased: string,
): SignoffSheet {
  const nameOf = (memberId: string): PersonName => knownName(names.get(memberId)) ?? { firstName: '', lastName: erased };
  const rows = day.due.map((basket) => {
    const name = nameOf(basket.memberId);
    return {
      contractId: basket.contractId,
      number: basket.number,
      lastName: name.lastName,
      firstName: name.firstName,
      producerName: producerNames.get(basket.producerId) ?? '',
      offerName: offers.get(basket.offerId)?.name ?? '',
      quantity: basket.quantity,
      unit: offers.get(basket.offerId)?.unit ?? null,
      size: basket.size,
      proxyName: basket.proxyName,
    };
  });
  const absent = day.absent
    .map((entry) => {
      const name = nameOf(entry.memberId);
      const offerNamesOf = entry.contractIds.map((id) => offers.get(offerOfContract.get(id) ?? '')?.name ?? '');
      return {
        memberId: entry.memberId,
        numbers: entry.numbers,
        lastName: name.lastName,
        firstName: name.firstName,
        offerNames: offerNamesOf,
        note: entry.note,
      };
    })
    .sort((a, b) => `${a.lastName} ${a.firstName}`.localeCompare(`${b.lastName} ${b.firstName}`, 'fr'));
  return { rows, absent };
}

/** The words of the CSV, in the user's language: the domain does not translate. */
export interface SheetCsvLabels {
  header: readonly [
    number: string,
    lastName: string,
    firstName: string,
    producer: string,
    offer: string,
    quantity: string,
    size: string,
    proxy: string,
    signature: string,
  ];
  size: (size: BasketSize) => string;
  /** "2 pièces", or the bare quantity when the unit is not known. */
  quantity: (quantity: number, unit: Unit | null) => string;
  /** Written in the proxy column of a member who is away with no one to collect. */
  absent: string;
}

/** Header then one row per basket, then the members away; every cell neutralised against formulas. */
export function sheetCsvRows(sheet: SignoffSheet, labels: SheetCsvLabels): string[][] {
  const baskets = sheet.rows.map((row) => [
    row.number === null ? '' : String(row.number),
    row.lastName,
    row.firstName,
    row.producerName,
    row.offerName,
    labels.quantity(row.quantity, row.unit),
    row.size ? labels.size(row.size) : '',
    row.proxyName ?? '',
    '',
  ]);
  const absent = sheet.absent.map((row) => [
    row.numbers.filter((n) => n !== null).join(', '),
    row.lastName,
    row.firstName,
    '',
    row.offerNames.join(', '),
    '',
    '',
    labels.absent,
    '',
  ]);
  return neutraliseRows([[...labels.header], ...baskets, ...absent]);
}

/** emargement-amap-des-couronneries-2026-04-07.csv: no accents, spaces or slashes a file system might refuse. */
export function sheetFileName(groupName: string, date: string): string {
  const slug = foldText(groupName)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `emargement-${slug || 'groupe'}-${date}.csv`;
}
