import type { PhaseKey } from '@/lib/generated/prisma/enums';

/**
 * A phase's part of the self-assessment's URL (`/projects/[id]/assessment/phase-1`), stable
 * across catalogue versions like the phase keys themselves.
 */
export const PHASE_SLUGS = { GENERAL: 'general', PHASE_1: 'phase-1', PHASE_2: 'phase-2' } as const satisfies Record<PhaseKey, string>;

export type PhaseSlug = (typeof PHASE_SLUGS)[PhaseKey];

/** The phase of a URL segment, or null for anything else. */
export function phaseOfSlug(slug: string): PhaseKey | null {
  const entry = Object.entries(PHASE_SLUGS).find(([, value]) => value === slug);
  return entry ? (entry[0] as PhaseKey) : null;
}
