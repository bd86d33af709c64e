/**
 * The kinds of notification (enum NotificationKind), without Prisma, for forms in the browser:
 * the order of the settings page, and which kinds reach which role.
 */
import type { NotificationKind, Role } from '@/lib/generated/prisma/enums';

export type { NotificationKind };

export const NOTIFICATION_KINDS = [
  'SUBMISSION_RECEIVED',
  'ASSIGNED',
  'COMMENT_ADDED',
  'DECISION_PROPOSED',
  'DECISION_MADE',
  'DUE_DATE_SOON',
] as const satisfies readonly NotificationKind[];

/** The kinds a role receives (the settings page offers these). */
export const KINDS_BY_ROLE = {
  APPLICANT: ['COMMENT_ADDED', 'DECISION_MADE', 'DUE_DATE_SOON'],
  OFFICER: ['SUBMISSION_RECEIVED', 'ASSIGNED', 'COMMENT_ADDED', 'DECISION_PROPOSED'],
  ADMIN: [],
} as const satisfies Record<Role, readonly NotificationKind[]>;
