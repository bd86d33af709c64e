'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requireRole } from '@/lib/auth/guards';
import { saveAnswer, type StoredAnswer } from '@/lib/assessments/save-answer';
import { saveAnswerSchema } from '@/lib/assessments/save-answer-schema';
import { submitAssessment, IncompleteAssessmentError } from '@/lib/assessments/submit-assessment';
import { withdrawAssessment } from '@/lib/assessments/withdraw-assessment';
import { reopenAssessment } from '@/lib/assessments/reopen-assessment';
import type { MissingAnswer } from '@/lib/assessments/list-missing-answers';
import { ConflictError, DomainError } from '@/lib/errors';
import { fieldErrorsFrom } from '@/lib/forms/action-result';

export type SaveAnswerResult =
  | { ok: true; answer: StoredAnswer }
  | { ok: false; code: 'answerConflict'; current: StoredAnswer }
  | { ok: false; code: 'invalid'; fieldErrors: Record<string, string[]> }
  | { ok: false; code: string };

/** Autosave of one answer (applicants only; scope and draft state checked in saveAnswer). */
export async function saveAnswerAction(input: unknown): Promise<SaveAnswerResult> {
  const actor = await requireRole('APPLICANT');
  const parsed = saveAnswerSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsFrom(parsed.error);
    return { ok: false, code: 'invalid', fieldErrors: stripPrefix(fieldErrors, 'answer.') };
  }
  try {
    return { ok: true, answer: await saveAnswer({ ...parsed.data, actor }) };
  } catch (error) {
    if (error instanceof ConflictError && error.code === 'answerConflict') {
      return { ok: false, code: 'answerConflict', current: error.current as StoredAnswer };
    }
    if (error instanceof DomainError) return { ok: false, code: error.code };
    throw error;
  }
}

export type TransitionResult = { ok: true } | { ok: false; code: string; missing?: MissingAnswer[] };

const projectIdSchema = z.string().min(1).max(100);

async function runTransition(projectId: unknown, work: (projectId: string) => Promise<unknown>): Promise<TransitionResult> {
  const parsed = projectIdSchema.safeParse(projectId);
  if (!parsed.success) return { ok: false, code: 'notFound' };
  try {
    await work(parsed.data);
  } catch (error) {
    if (error instanceof IncompleteAssessmentError) return { ok: false, code: 'incomplete', missing: error.missing };
    if (error instanceof DomainError) return { ok: false, code: error.code };
    throw error;
  }
  revalidatePath(`/projects/${parsed.data}`, 'layout');
  return { ok: true };
}

export async function submitAssessmentAction(projectId: unknown): Promise<TransitionResult> {
  const actor = await requireRole('APPLICANT');
  return runTransition(projectId, (id) => submitAssessment({ projectId: id, actor }));
}

export async function withdrawAssessmentAction(projectId: unknown): Promise<TransitionResult> {
  const actor = await requireRole('APPLICANT');
  return runTransition(projectId, (id) => withdrawAssessment({ projectId: id, actor }));
}

export async function reopenAssessmentAction(projectId: unknown): Promise<TransitionResult> {
  const actor = await requireRole('APPLICANT');
  return runTransition(projectId, (id) => reopenAssessment({ projectId: id, actor }));
}

function stripPrefix(errors: Record<string, string[]>, prefix: string) {
  return Object.fromEntries(Object.entries(errors).map(([key, value]) => [key.startsWith(prefix) ? key.slice(prefix.length) : key, value]));
}
