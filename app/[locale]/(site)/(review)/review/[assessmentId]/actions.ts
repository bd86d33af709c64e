'use server';

import { revalidatePath } from 'next/cache';
import { requirePermission } from '@/lib/auth/guards';
import type { CurrentUser } from '@/lib/auth/current-user';
import { parseId } from '@/lib/forms/action-args';
import { ok, type ActionResult } from '@/lib/forms/action-result';
import { toActionFailure, withStatusName } from '@/lib/forms/to-action-failure';
import { decideAssessment } from '@/lib/review/decide-assessment';
import { decideAssessmentSchema, resolveProposalSchema } from '@/lib/review/decide-assessment-schema';
import { handOverAssessment } from '@/lib/review/hand-over-assessment';
import { handOverSchema } from '@/lib/review/hand-over-assessment-schema';
import { resolveProposal } from '@/lib/review/resolve-proposal';
import { setVerdict } from '@/lib/review/set-verdict';
import { setVerdictSchema } from '@/lib/review/set-verdict-schema';
import { takeAssessment } from '@/lib/review/take-assessment';

/**
 * The officers' actions on one self-assessment, each bound to its id: parse → authorize → call →
 * answer. The guard runs inside the try: a database outage while checking the session is
 * answered `databaseUnavailable` (ADR 033); Next's interrupts (401/403) pass on.
 */
async function run<T>(where: string, work: (actor: CurrentUser) => Promise<T>): Promise<ActionResult<T>> {
  try {
    const actor = await requirePermission('review:decide');
    const data = await work(actor);
    revalidatePath('/review', 'layout');
    return ok(data);
  } catch (error) {
    return withStatusName(toActionFailure(error, where));
  }
}

export async function takeAssessmentAction(assessmentId: unknown): Promise<ActionResult<void>> {
  return run('review/take', (actor) => takeAssessment({ assessmentId: parseId(assessmentId, 'Assessment'), actor }));
}

export async function handOverAction(assessmentId: unknown, input: unknown): Promise<ActionResult<void>> {
  return run('review/hand-over', (actor) => handOverAssessment({ assessmentId: parseId(assessmentId, 'Assessment'), actor, input: handOverSchema.parse(input) }));
}

export async function setVerdictAction(assessmentId: unknown, input: unknown): Promise<ActionResult<{ verdict: 'OK' | 'NEEDS_REVISION' | null }>> {
  return run('review/verdict', (actor) => setVerdict({ assessmentId: parseId(assessmentId, 'Assessment'), actor, input: setVerdictSchema.parse(input) }));
}

export async function decideAction(assessmentId: unknown, input: unknown): Promise<ActionResult<{ kind: string; proposed: boolean }>> {
  return run('review/decide', (actor) => decideAssessment({ assessmentId: parseId(assessmentId, 'Assessment'), actor, input: decideAssessmentSchema.parse(input) }));
}

export async function resolveProposalAction(assessmentId: unknown, input: unknown): Promise<ActionResult<{ resolution: string }>> {
  return run('review/resolve-proposal', (actor) => resolveProposal({ assessmentId: parseId(assessmentId, 'Assessment'), actor, input: resolveProposalSchema.parse(input) }));
}
