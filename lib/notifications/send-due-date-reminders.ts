import { db } from '@/lib/db';
import { notify } from '@/lib/notifications/notify';
import { projectApplicantIds } from '@/lib/notifications/recipients';

/** How many days before the due date applicants are reminded. */
export const REMINDER_DAYS_AHEAD = 3;

const DAY_MS = 24 * 60 * 60_000;

/** Today's date in Saxony-Anhalt, as the UTC midnight PostgreSQL's `date` columns arrive as. */
function berlinToday(now: Date): Date {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  return new Date(`${day}T00:00:00Z`);
}

/**
 * The due-date reminders (a daily job of the outbox worker, and once at its start): every
 * „Überarbeitung angefordert“ whose „Frist“ is today or within the next three days, whose
 * assessment still waits for the changes (status CHANGES_REQUESTED, no later revision
 * submitted) and that has had no reminder → DUE_DATE_SOON to the project's applicants, and
 * Decision.reminderSentAt stamped, in one transaction per decision. The stamp is taken by a
 * conditional UPDATE (only while still null), so with several instances running the job at
 * once each reminder goes out once. Returns how many were sent.
 */
export async function sendDueDateReminders({ now = new Date() }: { now?: Date } = {}): Promise<number> {
  const today = berlinToday(now);
  const candidates = await db.decision.findMany({
    where: {
      kind: 'CHANGES_REQUESTED',
      reminderSentAt: null,
      dueDate: { gte: today, lte: new Date(today.getTime() + REMINDER_DAYS_AHEAD * DAY_MS) },
      revision: { assessment: { status: 'CHANGES_REQUESTED' } },
    },
    select: {
      id: true,
      dueDate: true,
      revision: {
        select: {
          number: true,
          assessment: {
            select: {
              id: true,
              project: { select: { id: true, title: true } },
              revisions: { where: { status: 'SUBMITTED' }, orderBy: { number: 'desc' }, take: 1, select: { number: true } },
            },
          },
        },
      },
    },
  });
  let sent = 0;
  for (const decision of candidates) {
    const { assessment, number } = decision.revision;
    // A later revision was submitted: this request has been answered.
    if ((assessment.revisions[0]?.number ?? number) !== number) continue;
    const done = await db.$transaction(async (tx) => {
      const { count } = await tx.decision.updateMany({ where: { id: decision.id, reminderSentAt: null }, data: { reminderSentAt: now } });
      if (count !== 1) return false;
      await notify({
        tx,
        kind: 'DUE_DATE_SOON',
        recipientIds: await projectApplicantIds(tx, assessment.project.id),
        actorId: null,
        assessmentId: assessment.id,
        data: {
          projectId: assessment.project.id,
          projectTitle: assessment.project.title,
          revisionNumber: number,
          dueDate: decision.dueDate?.toISOString().slice(0, 10) ?? null,
        },
      });
      return true;
    });
    if (done) sent += 1;
  }
  return sent;
}
