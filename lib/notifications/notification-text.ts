import type { NotificationKind, Role } from '@/lib/generated/prisma/enums';
import type { NotificationData } from '@/lib/notifications/notify';

/**
 * Where a notification leads: applicants to their project's self-assessment, officers to the
 * review of the assessment.
 */
export function notificationPath({ role, data, assessmentId }: { role: Role; data: Pick<NotificationData, 'projectId'>; assessmentId: string | null }): string {
  if (role === 'APPLICANT' || !assessmentId) return `/projects/${data.projectId}/assessment`;
  return `/review/${assessmentId}`;
}

/**
 * The values of a notification's text (`notifications.text.<KIND>`), all strings: an absent
 * standard number, actor, decision kind or due date is `none` (the messages select on it);
 * the due date is formatted in the recipient's language.
 */
export function notificationValues({ data, locale }: { data: NotificationData; locale: string }): Record<string, string> {
  return {
    projectTitle: data.projectTitle,
    revisionNumber: String(data.revisionNumber),
    standard: data.standardNumber == null ? 'none' : String(data.standardNumber),
    actorName: data.actorName || 'none',
    decisionKind: data.decisionKind ?? 'none',
    dueDate: data.dueDate ? formatDueDate(data.dueDate, locale) : 'none',
  };
}

function formatDueDate(date: string, locale: string): string {
  const parsed = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'de-DE', { dateStyle: 'long', timeZone: 'UTC' }).format(parsed);
}

/** Only the known fields of a notification's data (never anything else a caller put in, such as a note's text). */
export function pickNotificationData(data: NotificationData): NotificationData {
  return {
    projectId: String(data.projectId),
    projectTitle: String(data.projectTitle),
    revisionNumber: Number(data.revisionNumber),
    ...(data.standardNumber != null ? { standardNumber: Number(data.standardNumber) } : {}),
    ...(data.actorName ? { actorName: String(data.actorName) } : {}),
    ...(data.decisionKind ? { decisionKind: String(data.decisionKind) } : {}),
    ...(data.dueDate ? { dueDate: String(data.dueDate).slice(0, 10) } : {}),
  };
}

/** A stored notification's data, read defensively (JSON from the database). */
export function readNotificationData(value: unknown): NotificationData {
  const record = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  return pickNotificationData({
    projectId: String(record.projectId ?? ''),
    projectTitle: String(record.projectTitle ?? ''),
    revisionNumber: Number(record.revisionNumber ?? 0),
    standardNumber: typeof record.standardNumber === 'number' ? record.standardNumber : null,
    actorName: typeof record.actorName === 'string' ? record.actorName : undefined,
    decisionKind: typeof record.decisionKind === 'string' ? record.decisionKind : undefined,
    dueDate: typeof record.dueDate === 'string' ? record.dueDate : null,
  });
}

export type { NotificationKind };
