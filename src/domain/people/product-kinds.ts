export const PRODUCT_KINDS = [
  'vegetables',
  'fruit',
  'eggs',
  'bread',
  'pork',
  'poultry',
  'pigeon',
  'goatCheese',
  'honey',
  'meat',
  'other',
] as const;

export type ProductKind = (typeof PRODUCT_KINDS)[number];
