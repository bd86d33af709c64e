'use server';

import { revalidatePath } from 'next/cache';
import { getLocale } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/guards';
import type { CurrentUser } from '@/lib/auth/current-user';
import type { MissingAnswer } from '@/lib/assessments/list-missing-answers';
import { adoptCatalogueVersion } from '@/lib/assessments/adopt-catalogue-version';
import { confirmAnswer } from '@/lib/assessments/confirm-answer';
import { saveAnswer, type StoredAnswer } from '@/lib/assessments/save-answer';
import { saveAnswerSchema } from '@/lib/assessments/save-answer-schema';
import { submitAssessment } from '@/lib/assessments/submit-assessment';
import { reopenAssessment, withdrawAssessment } from '@/lib/assessments/transition-assessment';
import { parseId } from '@/lib/forms/action-args';
import { ok, type ActionResult } from '@/lib/forms/action-result';
import { toActionFailure } from '@/lib/forms/to-action-failure';

/**
 * Autosave of one answer (bound to the project; scope and draft state are checked in
 * saveAnswer). A conflict's failure carries the stored answer as `details`; field keys are the
 * answer's own (`implementation`).
 */
export async function saveAnswerAction(projectId: unknown, input: unknown): Promise<ActionResult<StoredAnswer, StoredAnswer>> {
  try {
    const actor = await requirePermission('project:write');
    const parsed = saveAnswerSchema.parse({ ...(typeof input === 'object' ? input : {}), projectId });
    return ok(await saveAnswer({ ...parsed, actor, locale: await getLocale() }));
  } catch (error) {
    const failure = toActionFailure<StoredAnswer>(error, 'assessment/save-answer');
    if (failure.fieldErrors) {
      failure.fieldErrors = Object.fromEntries(Object.entries(failure.fieldErrors).map(([key, keys]) => [key.replace(/^answer\./, ''), keys]));
    }
    return failure;
  }
}

/** „Einreichen“, „Zurückziehen“ and „Neue Fassung bearbeiten“: an incomplete submission's failure lists what is missing. */
export type TransitionResult = ActionResult<undefined, MissingAnswer[]>;

/**
 * The guard runs inside the try: a database outage while checking the session is answered
 * `databaseUnavailable` like one during the work (ADR 033); Next's interrupts (401/403) pass on.
 */
async function runTransition(
  projectId: unknown,
  where: string,
  work: (projectId: string, actor: CurrentUser) => Promise<unknown>,
): Promise<TransitionResult> {
  try {
    const actor = await requirePermission('project:write');
    const id = parseId(projectId, 'Project');
    await work(id, actor);
    revalidatePath(`/projects/${id}`, 'layout');
    return ok(undefined);
  } catch (error) {
    return toActionFailure(error, where);
  }
}

export async function submitAssessmentAction(projectId: unknown): Promise<TransitionResult> {
  return runTransition(projectId, 'assessment/submit', (id, actor) => submitAssessment({ projectId: id, actor }));
}

export async function withdrawAssessmentAction(projectId: unknown): Promise<TransitionResult> {
  return runTransition(projectId, 'assessment/withdraw', (id, actor) => withdrawAssessment({ projectId: id, actor }));
}

export async function reopenAssessmentAction(projectId: unknown): Promise<TransitionResult> {
  return runTransition(projectId, 'assessment/reopen', (id, actor) => reopenAssessment({ projectId: id, actor }));
}

/** „Übernehmen“: the draft moves to the newest catalogue version (lib/assessments/adopt-catalogue-version.ts). */
export async function adoptCatalogueVersionAction(projectId: unknown): Promise<TransitionResult> {
  return runTransition(projectId, 'assessment/adopt-catalogue', (id, actor) => adoptCatalogueVersion({ projectId: id, actor }));
}

/** „Antwort bestätigen“ after a standard's text changed (bound to the project and the standard). */
export async function confirmAnswerAction(projectId: unknown, standardKey: unknown): Promise<TransitionResult> {
  return runTransition(projectId, 'assessment/confirm-answer', (id, actor) =>
    confirmAnswer({ projectId: id, standardKey: typeof standardKey === 'string' ? standardKey : '', actor }),
  );
}
