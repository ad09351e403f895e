/**
 * The words of the CSV format, in French whatever the screen's language: a spreadsheet shared between the
 * animators of a territory is written once, in French. The first word of each list is the one exports write;
 * the others are accepted on import (singular, plural, spelling without the ligature…).
 */
import type { BasketSize, Unit } from '../distribution/distribution-entities';
import type { ContractKind } from '../distribution/contract-form';
import { foldText } from '../people/normalise';
import type { ProductKind } from '../people/product-kinds';
import type { AreaKind, GroupKind, MobilisationStep, Rhythm, SalesStatus } from '../people/vocabulary';

/** foldText, plus the ligatures that NFD does not split ("œufs" is "oeufs"). */
export function foldWord(text: string): string {
  return foldText(text.replace(/œ/g, 'oe').replace(/Œ/g, 'OE').replace(/æ/g, 'ae').replace(/Æ/g, 'AE'));
}

export interface Vocabulary<T extends string> {
  read(text: string): T | null;
  write(value: T): string;
  /** The words an export writes, to list what is expected. */
  words: string[];
}

function vocabulary<T extends string>(words: Record<T, readonly [string, ...string[]]>): Vocabulary<T> {
  const byWord = new Map<string, T>();
  for (const [value, list] of Object.entries(words) as [T, readonly string[]][]) {
    for (const word of [value, ...list]) byWord.set(foldWord(word), value);
  }
  return {
    read: (text) => byWord.get(foldWord(text)) ?? null,
    write: (value) => words[value][0],
    words: Object.values<readonly string[]>(words).map((list) => list[0]),
  };
}

export const PRODUCT_KIND_WORDS = vocabulary<ProductKind>({
  vegetables: ['légumes', 'légume'],
  fruit: ['fruits', 'fruit'],
  eggs: ['œufs', 'œuf'],
  bread: ['pain'],
  pork: ['porc'],
  poultry: ['volaille', 'volailles'],
  pigeon: ['pigeon', 'pigeons'],
  goatCheese: ['fromage de chèvre', 'chèvre'],
  honey: ['miel'],
  meat: ['viande'],
  other: ['autre'],
});

export const AREA_KIND_WORDS = vocabulary<AreaKind>({ quarter: ['quartier'], commune: ['commune'] });

export const GROUP_KIND_WORDS = vocabulary<GroupKind>({
  amap: ['AMAP'],
  consumerGroup: ['groupement d’achat', "groupement d'achat"],
  onlineOrder: ['commande en ligne'],
  solidarityGrocery: ['épicerie solidaire'],
});

export const RHYTHM_WORDS = vocabulary<Rhythm>({
  weekly: ['hebdomadaire', 'chaque semaine'],
  fortnightly: ['quinzaine', 'tous les quinze jours'],
  monthly: ['mensuel', 'chaque mois'],
  other: ['autre'],
});

export const SALES_STATUS_WORDS = vocabulary<SalesStatus>({
  direct: ['vend déjà', 'vend deja en direct'],
  settingUp: ['en installation', 'installation'],
  diversifying: ['diversification', 'en diversification'],
});

export const MOBILISATION_WORDS = vocabulary<MobilisationStep>({
  contacted: ['contacté'],
  interested: ['intéressé'],
  selling: ['vend'],
});

export const YES_NO_WORDS = vocabulary<'yes' | 'no'>({ yes: ['oui', 'o'], no: ['non', 'n'] });

export const SIZE_WORDS = vocabulary<BasketSize>({ small: ['petit'], medium: ['moyen'], large: ['grand'] });

export const UNIT_WORDS = vocabulary<Unit>({
  basket: ['panier'],
  kg: ['kg', 'kilo'],
  piece: ['pièce'],
  dozen: ['douzaine'],
  litre: ['litre', 'l'],
  jar: ['pot'],
  loaf: ['miche'],
});

export const CONTRACT_KIND_WORDS = vocabulary<ContractKind>({ season: ['saison'], oneOff: ['ponctuel', 'commande ponctuelle'] });
