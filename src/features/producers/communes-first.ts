import type { AreaKind } from '../../domain/people/entities';

/** Farms are in the communes around the city: the producers' area selects list those before the quarters. */
export const COMMUNES_FIRST: readonly AreaKind[] = ['commune', 'quarter'];
