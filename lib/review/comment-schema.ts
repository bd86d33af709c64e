import * as z from 'zod/mini';
import { noNul } from '@/lib/forms/text-checks';

export const COMMENT_MAX_LENGTH = 5000;
/** How long the author may still change a comment's text. */
export const COMMENT_EDIT_MINUTES = 15;

const body = z.string().check(noNul, z.trim(), z.minLength(1, 'bodyRequired'), z.maxLength(COMMENT_MAX_LENGTH, 'bodyTooLong'));

/** „Kommentieren“ on a standard (or, without standardKey, on the self-assessment); `internal`: „Interne Notiz“ (officers only). */
export const addCommentSchema = z.object({
  standardKey: z.nullable(z.string().check(noNul, z.regex(/^std-[a-z0-9-]{1,40}$/, 'standardInvalid'))),
  body,
  internal: z.boolean(),
});

/** Changing a comment's text within COMMENT_EDIT_MINUTES. */
export const editCommentSchema = z.object({ body });

export type AddCommentInput = z.infer<typeof addCommentSchema>;
export type EditCommentInput = z.infer<typeof editCommentSchema>;
