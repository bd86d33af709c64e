import 'server-only';
import { cache } from 'react';
import type { ScopeActor } from '@/lib/auth/scope';
import { listEvidence } from '@/lib/evidence/list-evidence';

/**
 * All evidence of a project, loaded once per request (React cache): several components of one
 * page (company cards, standards) share one query instead of one each.
 */
export const listProjectEvidenceForRequest = cache((actor: ScopeActor, projectId: string) => listEvidence({ actor, projectId }));
