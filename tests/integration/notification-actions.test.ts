/**
 * The notifications' Server Actions, called as the page calls them: any signed-in role may mark
 * its own notifications; another user's id or a forged one answers notFound and changes nothing;
 * anonymous callers are sent to sign in; the e-mail settings parse their input.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { markAllRead, markRead, saveMailPreferences } from '@/app/[locale]/(site)/notifications/actions';
import { markNotificationsRead } from '@/lib/notifications/mark-notifications-read';
import { notify } from '@/lib/notifications/notify';
import { seed } from '@/prisma/seed/seed';
import { createOrganisation, createSubmittedRevision, createTestProject, demoActors, type TestUser } from '@/tests/support/factories';
import { expectUnauthorized, signIn } from '@/tests/support/next-request';

vi.mock('next-auth', () => import('@/tests/support/next-request').then((m) => m.nextAuthModule));
vi.mock('next/headers', () => import('@/tests/support/next-request').then((m) => m.nextHeadersModule));
vi.mock('next/cache', () => import('@/tests/support/next-request').then((m) => m.nextCacheModule));
vi.mock('next-intl/server', () => import('@/tests/support/next-request').then((m) => m.nextIntlServerModule));

let officer: TestUser;
let admin: TestUser;
let applicant: TestUser;
let officerNotificationId: string;

beforeAll(async () => {
  await seed({ demo: true });
  ({ officer, admin } = await demoActors());
  ({ applicant } = await createOrganisation({ name: 'Träger Aktionen' }));
  const project = await createTestProject({ actor: applicant });
  await createSubmittedRevision({ actor: applicant, projectId: project.id });
  const { id: assessmentId } = await db.assessment.findUniqueOrThrow({ where: { projectId: project.id }, select: { id: true } });
  const data = { projectId: project.id, projectTitle: project.title, revisionNumber: 1 };
  // The submission itself notified the officers: start from nothing unread.
  await Promise.all([officer, applicant].map((actor) => markNotificationsRead({ actor })));
  await db.$transaction(async (tx) => {
    await notify({ tx, kind: 'SUBMISSION_RECEIVED', recipientIds: [officer.id], actorId: applicant.id, assessmentId, data });
    await notify({ tx, kind: 'COMMENT_ADDED', recipientIds: [applicant.id], actorId: officer.id, assessmentId, data });
  });
  ({ id: officerNotificationId } = await db.notification.findFirstOrThrow({ where: { userId: officer.id, readAt: null }, select: { id: true } }));
});

const unread = (userId: string) => db.notification.count({ where: { userId, readAt: null } });

describe('markRead / markAllRead', () => {
  it('send anonymous callers to sign in', async () => {
    signIn(null);
    await expectUnauthorized(markRead(officerNotificationId));
    await expectUnauthorized(markAllRead());
  });

  it('answer notFound for another user’s notification or a forged id, and change nothing', async () => {
    signIn(applicant);
    expect(await markRead(officerNotificationId)).toMatchObject({ ok: false, formError: 'notFound' });
    expect(await markRead('forged')).toMatchObject({ ok: false, formError: 'notFound' });
    expect(await markRead({ not: 'an id' })).toMatchObject({ ok: false, formError: 'notFound' });
    expect(await unread(officer.id)).toBe(1);
  });

  it('mark one’s own, for every role', async () => {
    signIn(officer);
    expect(await markRead(officerNotificationId)).toEqual({ ok: true, data: { marked: 1 } });
    expect(await unread(officer.id)).toBe(0);
    signIn(applicant);
    expect(await markAllRead()).toEqual({ ok: true, data: { marked: 1 } });
    expect(await unread(applicant.id)).toBe(0);
    signIn(admin);
    expect(await markAllRead()).toEqual({ ok: true, data: { marked: 0 } });
  });
});

describe('saveMailPreferences', () => {
  it('saves the chosen kinds and refuses unknown ones with a field error', async () => {
    signIn(applicant);
    expect(await saveMailPreferences({ mailKinds: ['DECISION_MADE'] })).toEqual({ ok: true, data: null });
    expect(await db.user.findUniqueOrThrow({ where: { id: applicant.id }, select: { mailOptOut: true } })).toEqual({
      mailOptOut: ['COMMENT_ADDED', 'DUE_DATE_SOON'],
    });
    const refused = await saveMailPreferences({ mailKinds: ['EVERYTHING'] });
    expect(refused).toMatchObject({ ok: false, fieldErrors: { 'mailKinds.0': ['kindUnknown'] } });
  });
});
