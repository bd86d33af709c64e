/**
 * Notifications (issue #8): notify() writes the in-app rows and the mails in the caller's
 * transaction, in each recipient's language, without the actor and without those who turned the
 * kind off; the list and the marks are the user's own; the settings are audited.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';
import { countUnreadNotifications } from '@/lib/notifications/count-unread-notifications';
import { getMailPreferences } from '@/lib/notifications/get-mail-preferences';
import { listNotifications } from '@/lib/notifications/list-notifications';
import { markNotificationsRead } from '@/lib/notifications/mark-notifications-read';
import { notify, type NotificationData } from '@/lib/notifications/notify';
import { updateMailPreferences } from '@/lib/notifications/update-mail-preferences';
import { seed } from '@/prisma/seed/seed';
import { createOrganisation, createSubmittedRevision, createTestProject, createTestUser, demoActors, type TestUser } from '@/tests/support/factories';

let officer: TestUser;
let anna: TestUser;
let ben: TestUser;
let carla: TestUser;
let project: { id: string; title: string };
let assessmentId: string;
let data: NotificationData;

beforeAll(async () => {
  await seed({ demo: true });
  ({ officer } = await demoActors());
  const organisation = await createOrganisation({ name: 'Träger Benachrichtigung', applicantName: 'Anna Antrag' });
  anna = organisation.applicant;
  ben = await createTestUser({ role: 'APPLICANT', organisationId: organisation.id, name: 'Ben Bewerber' });
  carla = await createTestUser({ role: 'APPLICANT', organisationId: organisation.id, name: 'Carla Kollegin' });
  // Ben reads the portal in English (the language switch stores it; no domain function sets it directly).
  await db.user.update({ where: { id: ben.id }, data: { locale: 'en' }, select: { id: true } });
  project = await createTestProject({ actor: anna, input: { title: 'Pflege für Magdeburg' } });
  await createSubmittedRevision({ actor: anna, projectId: project.id });
  ({ id: assessmentId } = await db.assessment.findUniqueOrThrow({ where: { projectId: project.id }, select: { id: true } }));
  data = { projectId: project.id, projectTitle: project.title, revisionNumber: 1, decisionKind: 'CHANGES_REQUESTED', dueDate: '2027-03-15', actorName: 'Petra Prüfung' };
});

describe('notify', () => {
  it('writes a notification per recipient and a mail in each one’s language, never to the actor or to whoever turned the kind off', async () => {
    await updateMailPreferences({ actor: carla, input: { mailKinds: ['COMMENT_ADDED', 'DUE_DATE_SOON'] } });
    const before = new Date();
    await db.$transaction((tx) =>
      notify({
        tx,
        kind: 'DECISION_MADE',
        recipientIds: [anna.id, ben.id, carla.id, officer.id, anna.id],
        actorId: officer.id,
        assessmentId,
        // A caller's extra field (say, an internal note) is never stored or mailed.
        data: { ...data, internalNote: 'Nur für Referenten' } as NotificationData,
      }),
    );
    const rows = await db.notification.findMany({
      where: { assessmentId, kind: 'DECISION_MADE', createdAt: { gte: before } },
      select: { userId: true, data: true, readAt: true },
    });
    expect(rows.map((row) => row.userId).sort()).toEqual([anna.id, ben.id, carla.id].sort());
    expect(JSON.stringify(rows)).not.toContain('Nur für Referenten');

    const mails = await db.mail.findMany({ where: { createdAt: { gte: before } }, select: { to: true, subject: true, body: true, status: true } });
    expect(mails.map((mail) => mail.to).sort()).toEqual([anna.email, ben.email].sort());
    const german = mails.find((mail) => mail.to === anna.email)!;
    expect(german.subject).toBe('Entscheidung zu Ihrer Selbstbewertung: Pflege für Magdeburg');
    expect(german.body).toContain('Guten Tag Anna Antrag');
    expect(german.body).toContain('„Pflege für Magdeburg“: Überarbeitung angefordert, Frist: 15. März 2027.');
    expect(german.body).toContain(`http://portal.test/projects/${project.id}/assessment`);
    expect(german.body).toContain('http://portal.test/notifications/settings');
    const english = mails.find((mail) => mail.to === ben.email)!;
    expect(english.subject).toBe('Decision on your self-assessment: Pflege für Magdeburg');
    expect(english.body).toContain('changes requested, due date: 15 March 2027.');
    expect(mails.every((mail) => mail.status === 'QUEUED' && !mail.body.includes('Nur für Referenten'))).toBe(true);
  });

  it('links officers to the review', async () => {
    const before = new Date();
    await db.$transaction((tx) =>
      notify({ tx, kind: 'SUBMISSION_RECEIVED', recipientIds: [officer.id], actorId: anna.id, assessmentId, data: { ...data, decisionKind: undefined } }),
    );
    const mail = await db.mail.findFirstOrThrow({ where: { to: officer.email, createdAt: { gte: before } }, select: { subject: true, body: true } });
    expect(mail.subject).toBe('Selbstbewertung eingereicht: Pflege für Magdeburg');
    expect(mail.body).toContain(`http://portal.test/review/${assessmentId}`);
  });

  it('writes nothing when the caller’s transaction rolls back', async () => {
    const before = new Date();
    await expect(
      db.$transaction(async (tx) => {
        await notify({ tx, kind: 'COMMENT_ADDED', recipientIds: [anna.id], actorId: officer.id, assessmentId, data: { ...data, standardNumber: 7 } });
        throw new Error('the comment could not be saved');
      }),
    ).rejects.toThrow('the comment could not be saved');
    expect(await db.notification.count({ where: { kind: 'COMMENT_ADDED', createdAt: { gte: before } } })).toBe(0);
    expect(await db.mail.count({ where: { createdAt: { gte: before } } })).toBe(0);
  });
});

describe('the list, the bell and the marks', () => {
  it('shows only the user’s own, newest first, with the unread count', async () => {
    const list = await listNotifications({ actor: anna, query: {} });
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.unread).toBe(await countUnreadNotifications({ userId: anna.id }));
    expect(list.items[0]!.href).toBe(`/projects/${project.id}/assessment`);
    const other = await createOrganisation({ name: 'Fremder Träger' });
    expect((await listNotifications({ actor: other.applicant, query: {} })).items).toEqual([]);
  });

  it('marks one as read, refuses another user’s id (404) and marks all', async () => {
    const [first] = (await listNotifications({ actor: anna, query: {} })).items;
    const unread = await countUnreadNotifications({ userId: anna.id });
    await expect(markNotificationsRead({ actor: ben, notificationId: first!.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(markNotificationsRead({ actor: anna, notificationId: 'forged' })).rejects.toBeInstanceOf(NotFoundError);
    expect(await countUnreadNotifications({ userId: anna.id })).toBe(unread);
    expect(await markNotificationsRead({ actor: anna, notificationId: first!.id })).toBe(1);
    expect(await markNotificationsRead({ actor: anna, notificationId: first!.id })).toBe(0);
    expect(await countUnreadNotifications({ userId: anna.id })).toBe(unread - 1);
    await markNotificationsRead({ actor: anna });
    expect(await countUnreadNotifications({ userId: anna.id })).toBe(0);
    expect(await countUnreadNotifications({ userId: ben.id })).toBeGreaterThan(0);
  });

  it('pages newest first', async () => {
    const before = new Date();
    for (let i = 0; i < 3; i++) {
      await db.$transaction((tx) =>
        notify({ tx, kind: 'COMMENT_ADDED', recipientIds: [carla.id], actorId: officer.id, assessmentId, data: { ...data, standardNumber: i + 1 } }),
      );
    }
    const list = await listNotifications({ actor: carla, query: { page: '1' } });
    const recent = list.items.filter((item) => item.createdAt >= before);
    expect(recent.map((item) => item.data.standardNumber)).toEqual([3, 2, 1]);
    expect((await listNotifications({ actor: carla, query: { page: '999' } })).page).toBe(list.pages);
  });
});

describe('e-mail settings', () => {
  it('turns the role’s kinds on and off and records an audit event', async () => {
    await updateMailPreferences({ actor: officer, input: { mailKinds: ['ASSIGNED'] } });
    expect(await getMailPreferences({ actor: officer })).toEqual([
      { kind: 'SUBMISSION_RECEIVED', mail: false },
      { kind: 'ASSIGNED', mail: true },
      { kind: 'COMMENT_ADDED', mail: false },
      { kind: 'DECISION_PROPOSED', mail: false },
    ]);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: 'user.mailPreferencesUpdated', subjectId: officer.id },
      orderBy: { at: 'desc' },
      select: { actorId: true, details: true },
    });
    expect(event.actorId).toBe(officer.id);
    expect(event.details).toMatchObject({ after: { mailOptOut: ['SUBMISSION_RECEIVED', 'COMMENT_ADDED', 'DECISION_PROPOSED'] } });
    await expect(updateMailPreferences({ actor: officer, input: { mailKinds: ['NONSENSE'] } })).rejects.toThrow();
  });
});
