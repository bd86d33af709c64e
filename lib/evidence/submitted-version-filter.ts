import type { ScopeActor } from '@/lib/auth/scope';
import type { Prisma } from '@/lib/generated/prisma/client';

/**
 * Which evidence versions an actor may see within a project they may see: applicants all of
 * their organisation's; everyone else only versions referenced by a submitted revision (an
 * officer never sees draft work in progress).
 */
export function submittedVersionFilter(actor: ScopeActor): Prisma.EvidenceVersionWhereInput {
  return actor.role === 'APPLICANT' ? {} : { revisions: { some: { revision: { status: 'SUBMITTED' } } } };
}
