'use server';

import { revalidatePath } from 'next/cache';
import { requirePermission } from '@/lib/auth/guards';
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

/** The officers' actions on one self-assessment, each bound to its id: parse → authorize → call → answer. */
async function run<T>(where: string, work: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    const data = await work();
    revalidatePath('/review', 'layout');
    return ok(data);
  } catch (error) {
    return withStatusName(toActionFailure(error, where));
  }
}

export async function takeAssessmentAction(assessmentId: unknown): Promise<ActionResult<void>> {
  const actor = await requirePermission('review:decide');
  return run('review/take', () => takeAssessment({ assessmentId: parseId(assessmentId, 'Assessment'), actor }));
}

export async function handOverAction(assessmentId: unknown, input: unknown): Promise<ActionResult<void>> {
  const actor = await requirePermission('review:decide');
  return run('review/hand-over', () => handOverAssessment({ assessmentId: parseId(assessmentId, 'Assessment'), actor, input: handOverSchema.parse(input) }));
}

export async function setVerdictAction(assessmentId: unknown, input: unknown): Promise<ActionResult<{ verdict: 'OK' | 'NEEDS_REVISION' | null }>> {
  const actor = await requirePermission('review:decide');
  return run('review/verdict', () => setVerdict({ assessmentId: parseId(assessmentId, 'Assessment'), actor, input: setVerdictSchema.parse(input) }));
}

export async function decideAction(assessmentId: unknown, input: unknown): Promise<ActionResult<{ kind: string; proposed: boolean }>> {
  const actor = await requirePermission('review:decide');
  return run('review/decide', () => decideAssessment({ assessmentId: parseId(assessmentId, 'Assessment'), actor, input: decideAssessmentSchema.parse(input) }));
}

export async function resolveProposalAction(assessmentId: unknown, input: unknown): Promise<ActionResult<{ resolution: string }>> {
  const actor = await requirePermission('review:decide');
  return run('review/resolve-proposal', () => resolveProposal({ assessmentId: parseId(assessmentId, 'Assessment'), actor, input: resolveProposalSchema.parse(input) }));
}
