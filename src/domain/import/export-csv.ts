/**
 * Areas, members, producers, groups and contracts written in the import's own format (same columns, same French words),
 * so an export can be edited in a spreadsheet and imported back; phones as people write them (06 12 34 56 78), which
 * the import reads back to the same stored number. Every cell goes through the formula
 * neutralisation of csv-safety; the import reads the apostrophe it adds as "this is text".
 */
import type { Contract, Offer } from '../distribution/distribution-entities';
import type { Area, Group, GroupMember, Member, Producer } from '../people/entities';
import { neutraliseRows } from './csv-safety';
import { formatPhone } from '../people/phone';
import { byKey } from '../rows/by-key';
import { centsToInput } from '../format/money';
import { columnsOf, type ColumnOf, type ImportKind } from './columns';
import {
  AREA_KIND_WORDS,
  CONTRACT_KIND_WORDS,
  GROUP_KIND_WORDS,
  MOBILISATION_WORDS,
  PRODUCT_KIND_WORDS,
  RHYTHM_WORDS,
  SALES_STATUS_WORDS,
  SIZE_WORDS,
  UNIT_WORDS,
  YES_NO_WORDS,
} from './vocabulary-fr';

export interface ExportData {
  areas: Area[];
  producers: Producer[];
  groups: Group[];
  members: Member[];
  groupLinks: GroupMember[];
  offers: Offer[];
  contracts: Contract[];
}

type Line<K extends ImportKind> = Partial<Record<ColumnOf<K>, string>>;

function nameOf(rows: readonly { id: string; name: string }[], id: string | null): string {
  return rows.find((row) => row.id === id)?.name ?? '';
}

function areaLines(data: ExportData): Line<'areas'>[] {
  return data.areas.map((a) => ({ nom: a.name, type: AREA_KIND_WORDS.write(a.kind) }));
}

function producerLines(data: ExportData): Line<'producers'>[] {
  return data.producers.map((p) => ({
    nom: p.name,
    ferme: p.farm,
    commune: nameOf(data.areas, p.communeId),
    produits: p.productKinds.map(PRODUCT_KIND_WORDS.write).join('; '),
    bio: YES_NO_WORDS.write(p.organic ? 'yes' : 'no'),
    statut: SALES_STATUS_WORDS.write(p.salesStatus),
    mobilisation: MOBILISATION_WORDS.write(p.mobilisation ?? 'contacted'),
    telephone: formatPhone(p.phone),
    email: p.email,
    notes: p.notes,
  }));
}

function groupLines(data: ExportData): Line<'groups'>[] {
  return data.groups.map((g) => ({
    nom: g.name,
    type: GROUP_KIND_WORDS.write(g.kind),
    rythme: RHYTHM_WORDS.write(g.rhythm),
    quartier: nameOf(data.areas, g.quarterId),
    lieu: g.place,
    precision_rythme: g.rhythmNote,
  }));
}

function memberLines(data: ExportData): Line<'members'>[] {
  const linksOf = byKey(data.groupLinks, (link) => link.memberId);
  return data.members.map((m) => ({
    prenom: m.firstName,
    nom: m.lastName,
    telephone: formatPhone(m.phone),
    email: m.email,
    consentement: YES_NO_WORDS.write(m.consentGiven ? 'yes' : 'no'),
    quartier: nameOf(data.areas, m.quarterId),
    taille_foyer: m.householdSize === null ? '' : String(m.householdSize),
    envies: m.interests.map(PRODUCT_KIND_WORDS.write).join('; '),
    groupes: (linksOf.get(m.id) ?? [])
      .map((link) => nameOf(data.groups, link.groupId))
      .filter((name) => name !== '')
      .join('; '),
    notes: m.notes,
    date_consentement: m.consentAt.slice(0, 10),
  }));
}

function contractLines(data: ExportData): Line<'contracts'>[] {
  const memberById = new Map(data.members.map((m) => [m.id, m]));
  const offerById = new Map(data.offers.map((o) => [o.id, o]));
  return data.contracts.flatMap((c) => {
    const member = memberById.get(c.memberId);
    const offer = offerById.get(c.offerId);
    if (!member || !offer) return [];
    return [
      {
        prenom: member.firstName,
        nom: member.lastName,
        email: member.email,
        telephone: formatPhone(member.phone),
        groupe: nameOf(data.groups, c.groupId),
        producteur: nameOf(data.producers, offer.producerId),
        offre: offer.name,
        produit: PRODUCT_KIND_WORDS.write(offer.productKind),
        unite: UNIT_WORDS.write(offer.unit),
        type: CONTRACT_KIND_WORDS.write(c.kind),
        debut: c.startDate,
        fin: c.endDate,
        dates: c.deliveryDates.join('; '),
        quantite: String(c.quantity).replace('.', ','),
        taille: c.size ? SIZE_WORDS.write(c.size) : '',
        prix: centsToInput(c.pricePerDeliveryCents),
        notes: c.notes,
      },
    ];
  });
}

const LINES: { [K in ImportKind]: (data: ExportData) => Line<K>[] } = {
  areas: areaLines,
  producers: producerLines,
  groups: groupLines,
  members: memberLines,
  contracts: contractLines,
};

/** The header and rows of one file, formula-like cells neutralised. */
export function exportRows<K extends ImportKind>(kind: K, data: ExportData): string[][] {
  const columns = columnsOf(kind);
  const lines = LINES[kind](data);
  return neutraliseRows([columns, ...lines.map((line) => columns.map((column) => line[column] ?? ''))]);
}

const FILE_NAMES: Record<ImportKind, string> = {
  areas: 'quartiers',
  producers: 'producteurs',
  groups: 'groupes',
  members: 'membres',
  contracts: 'contrats',
};

/** membres-2026-11-14.csv: the kind in French, the day of the export. */
export function exportFileName(kind: ImportKind, day: string): string {
  return `${FILE_NAMES[kind]}-${day}.csv`;
}
