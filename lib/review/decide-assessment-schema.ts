import * as z from 'zod/mini';
import { noNul } from '@/lib/forms/text-checks';

export const DECISION_KINDS = ['CHANGES_REQUESTED', 'ACCEPTED', 'REJECTED'] as const;
export const REASON_MAX_LENGTH = 5000;

/**
 * A decision on the revision under review: „Überarbeitung anfordern“ (CHANGES_REQUESTED, with
 * an optional „Frist“), „Annehmen“, „Ablehnen“. Ablehnen and Überarbeitung anfordern need a
 * written „Begründung“ (§ 39 VwVfG); Annehmen may have one.
 */
export const decideAssessmentSchema = z
  .object({
    kind: z.enum(DECISION_KINDS, 'kindRequired'),
    reason: z.string().check(noNul, z.trim(), z.maxLength(REASON_MAX_LENGTH, 'reasonTooLong')),
    dueDate: z.nullable(z.iso.date('dueDateInvalid')),
  })
  .check(
    z.refine((input) => input.kind === 'ACCEPTED' || input.reason.length > 0, { message: 'reasonRequired', path: ['reason'] }),
    z.refine((input) => input.dueDate === null || input.kind === 'CHANGES_REQUESTED', { message: 'dueDateInvalid', path: ['dueDate'] }),
  );

/** „Zurückgeben“ of a four-eyes proposal needs a note; „Bestätigen“ none. */
export const resolveProposalSchema = z.object({
  resolution: z.enum(['CONFIRMED', 'RETURNED'], 'invalid'),
  note: z.string().check(noNul, z.trim(), z.maxLength(2000, 'noteTooLong')),
}).check(z.refine((input) => input.resolution === 'CONFIRMED' || input.note.length > 0, { message: 'noteRequired', path: ['note'] }));

export type DecideAssessmentInput = z.infer<typeof decideAssessmentSchema>;
export type ResolveProposalInput = z.infer<typeof resolveProposalSchema>;
