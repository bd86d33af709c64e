/**
 * Due-date reminders (ADR 015): three days ahead or less, once, only while the changes are still
 * awaited. The decisions are written as rows here: the review's domain functions that make them
 * are built elsewhere (issue #8); the database's own rules (immutable decisions) still apply.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { sendDueDateReminders } from '@/lib/notifications/send-due-date-reminders';
import { seed } from '@/prisma/seed/seed';
import { createOrganisation, createSubmittedRevision, createTestProject, demoActors, type TestUser } from '@/tests/support/factories';

const NOW = new Date('2027-03-10T09:00:00Z');
let officer: TestUser;
let applicant: TestUser;

/** A submitted project whose revision 1 got „Überarbeitung angefordert“ with the given Frist. */
async function requestChanges({ title, dueDate, status = 'CHANGES_REQUESTED' }: { title: string; dueDate: string; status?: 'CHANGES_REQUESTED' | 'SUBMITTED' }) {
  const project = await createTestProject({ actor: applicant, input: { title } });
  const { revisionId } = await createSubmittedRevision({ actor: applicant, projectId: project.id });
  const decision = await db.decision.create({
    data: { revisionId, kind: 'CHANGES_REQUESTED', reason: 'Nachweise fehlen', dueDate: new Date(`${dueDate}T00:00:00Z`), decidedById: officer.id },
    select: { id: true },
  });
  await db.assessment.update({ where: { projectId: project.id }, data: { status }, select: { id: true } });
  return { projectId: project.id, decisionId: decision.id };
}

const remindersFor = (projectId: string) => db.notification.count({ where: { kind: 'DUE_DATE_SOON', data: { path: ['projectId'], equals: projectId } } });

beforeAll(async () => {
  await seed({ demo: true });
  ({ officer } = await demoActors());
  ({ applicant } = await createOrganisation({ name: 'Träger Fristen' }));
});

describe('sendDueDateReminders', () => {
  it('reminds the applicants once, three days ahead or less, and stamps the decision', async () => {
    const soon = await requestChanges({ title: 'Frist in drei Tagen', dueDate: '2027-03-13' });
    const later = await requestChanges({ title: 'Frist in vier Tagen', dueDate: '2027-03-14' });
    const answered = await requestChanges({ title: 'Schon neu eingereicht', dueDate: '2027-03-12', status: 'SUBMITTED' });
    const before = new Date();

    // Two instances run the job at the same moment: one reminder each, not two.
    const [a, b] = await Promise.all([sendDueDateReminders({ now: NOW }), sendDueDateReminders({ now: NOW })]);
    expect(a + b).toBe(1);
    expect(await remindersFor(soon.projectId)).toBe(1);
    expect(await remindersFor(later.projectId)).toBe(0);
    expect(await remindersFor(answered.projectId)).toBe(0);
    expect(await db.decision.findUniqueOrThrow({ where: { id: soon.decisionId }, select: { reminderSentAt: true } })).toEqual({ reminderSentAt: NOW });
    const mail = await db.mail.findFirstOrThrow({ where: { to: applicant.email, createdAt: { gte: before } }, select: { subject: true, body: true } });
    expect(mail.subject).toBe('Frist endet bald: Frist in drei Tagen');
    expect(mail.body).toContain('Die Frist für die Überarbeitung endet am 13. März 2027.');

    // The next day: nothing again for the first; the second's turn has come.
    expect(await sendDueDateReminders({ now: new Date('2027-03-11T09:00:00Z') })).toBe(1);
    expect(await remindersFor(soon.projectId)).toBe(1);
    expect(await remindersFor(later.projectId)).toBe(1);
  });

  it('stays quiet for a decided request whose due date has passed, and the stamp never changes again', async () => {
    const past = await requestChanges({ title: 'Frist vorbei', dueDate: '2027-03-09' });
    expect(await sendDueDateReminders({ now: NOW })).toBe(0);
    expect(await remindersFor(past.projectId)).toBe(0);
    const soon = await requestChanges({ title: 'Einmal stempeln', dueDate: '2027-03-10' });
    expect(await sendDueDateReminders({ now: NOW })).toBe(1);
    await expect(db.decision.update({ where: { id: soon.decisionId }, data: { reminderSentAt: new Date() }, select: { id: true } })).rejects.toThrow(/immutable/);
  });
});
