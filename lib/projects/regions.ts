/**
 * Where in Saxony-Anhalt a project works: statewide, or one of the state's 11 Landkreise or
 * 3 kreisfreie Städte. The codes are stored; names come from the `projects.regions` messages.
 */
export const STATEWIDE = 'statewide';

export const DISTRICTS = [
  'altmarkkreis-salzwedel',
  'anhalt-bitterfeld',
  'boerde',
  'burgenlandkreis',
  'harz',
  'jerichower-land',
  'mansfeld-suedharz',
  'saalekreis',
  'salzlandkreis',
  'stendal',
  'wittenberg',
] as const;

export const DISTRICT_FREE_CITIES = ['dessau-rosslau', 'halle-saale', 'magdeburg'] as const;

export const REGIONS = [STATEWIDE, ...DISTRICTS, ...DISTRICT_FREE_CITIES] as const;

export type Region = (typeof REGIONS)[number];
