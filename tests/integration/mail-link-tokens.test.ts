/**
 * Defect 6 of issue #10, „Link tokens in the mail log“ (ADR 024): a stored mail body never holds
 * the token of its link; the token waits in Mail.linkToken until the SMTP server accepted the
 * mail, the link was used, revoked or replaced, or it expired; /dev/mail shows a link only while
 * it works, and only to requests from this machine.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { deliverMail } from '@/lib/mail/deliver-mail';
import { listMailLog } from '@/lib/mail/list-mail-log';
import { sweepMailOutbox } from '@/lib/mail/mail-outbox';
import { confirmEmail } from '@/lib/registration/confirm-email';
import { registerApplicant } from '@/lib/registration/register-applicant';
import { inviteColleague } from '@/lib/organisations/invite-colleague';
import { revokeInvitation } from '@/lib/organisations/revoke-invitation';
import { sendPasswordResetLink } from '@/lib/users/send-password-reset-link';
import { seed } from '@/prisma/seed/seed';
import { demoActors, type TestUser } from '@/tests/support/factories';
import { newRequest } from '@/tests/support/next-request';
import { startSmtpTestServer } from '@/tests/support/smtp-test-server';
import { BASE_URL, linkFromMail, registration } from '@/tests/support/registration';

vi.mock('next/headers', () => import('@/tests/support/next-request').then((m) => m.nextHeadersModule));
vi.mock('next-intl/server', async () => {
  const { createFormatter } = await import('next-intl');
  const { nextIntlServerModule } = await import('@/tests/support/next-request');
  return { ...nextIntlServerModule, getFormatter: async () => createFormatter({ locale: 'de', timeZone: 'Europe/Berlin' }) };
});

let smtp: { smtpUrl: string; from: string };
let server: Awaited<ReturnType<typeof startSmtpTestServer>>;
let applicant: TestUser;
let admin: TestUser;

beforeAll(async () => {
  server = await startSmtpTestServer();
  smtp = { smtpUrl: server.url, from: 'Portal <portal@example.org>' };
  await seed({ demo: true });
  ({ applicant, admin } = await demoActors());
});

afterAll(async () => {
  await server.close();
});

const newestMail = (to: string) =>
  db.mail.findFirstOrThrow({
    where: { to },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: { id: true, body: true, linkToken: true, status: true },
  });

/** The mail log entry of a mail as /dev/mail shows it. */
async function logEntry(id: string, now?: Date) {
  const entry = (await listMailLog({ now })).find((mail) => mail.id === id);
  if (!entry) throw new Error(`mail ${id} not in the log`);
  return entry;
}

describe('the stored body', () => {
  it('holds no token; the SMTP server gets the whole link, and afterwards the token is gone', async () => {
    const email = 'versand@verein.example';
    await registerApplicant({ input: registration({ email }), locale: 'de', baseUrl: BASE_URL });
    const token = await linkFromMail(email, 'token');
    const stored = await newestMail(email);
    expect(stored.body).not.toContain(token);
    expect(stored.body).toContain('/register/confirm?token=token-removed');
    expect(stored.linkToken).toBe(token);

    expect(await deliverMail({ id: stored.id, settings: smtp })).toEqual({ status: 'SENT' });
    expect(server.received.at(-1)).toContain(`${BASE_URL}/register/confirm?token=${token}`);
    const sent = await newestMail(email);
    expect(sent).toMatchObject({ status: 'SENT', linkToken: null });
    expect(sent.body).not.toContain(token);
    expect(JSON.stringify(await db.mail.findMany({ where: { to: email } }))).not.toContain(token);
    // The link itself still works: only the log forgot it.
    expect(await confirmEmail({ token })).toBe('confirmed');
    expect((await logEntry(sent.id)).link).toBe('removed');
  });

  it('forgets the token once the link is used', async () => {
    const email = 'benutzt@verein.example';
    await registerApplicant({ input: registration({ email }), locale: 'de', baseUrl: BASE_URL });
    const token = await linkFromMail(email, 'token');
    const { id } = await newestMail(email);
    expect(await logEntry(id)).toMatchObject({ link: 'live' });
    expect((await logEntry(id)).body).toContain(`${BASE_URL}/register/confirm?token=${token}`);

    expect(await confirmEmail({ token })).toBe('confirmed');
    expect(await newestMail(email)).toMatchObject({ linkToken: null });
    const entry = await logEntry(id);
    expect(entry.link).toBe('removed');
    expect(entry.body).not.toContain(token);
    expect(entry.body).toContain('token=token-removed');
  });

  it('forgets the token of an invitation once it is accepted', async () => {
    const invited = 'angenommen@verein.example';
    await inviteColleague({ actor: applicant, input: { email: invited }, locale: 'de', baseUrl: BASE_URL });
    const invitationMail = await newestMail(invited);
    expect((await logEntry(invitationMail.id)).link).toBe('live');
    const invitation = await linkFromMail(invited, 'invitation');
    await registerApplicant({ input: registration({ email: invited, invitation }), locale: 'de', baseUrl: BASE_URL });
    expect(await db.mail.findUniqueOrThrow({ where: { id: invitationMail.id }, select: { linkToken: true } })).toEqual({ linkToken: null });
    expect((await logEntry(invitationMail.id)).link).toBe('removed');
  });

  it('forgets the token of a revoked invitation and of a replaced password-reset link', async () => {
    const invited = 'zurueckgenommen@verein.example';
    const invitation = await inviteColleague({ actor: applicant, input: { email: invited }, locale: 'de', baseUrl: BASE_URL });
    const invitationMail = await newestMail(invited);
    expect(invitationMail.linkToken).not.toBeNull();
    await revokeInvitation({ actor: applicant, invitationId: invitation.id });
    expect(await newestMail(invited)).toMatchObject({ linkToken: null });
    expect((await logEntry(invitationMail.id)).link).toBe('removed');

    const { officer } = await demoActors();
    await sendPasswordResetLink({ actor: admin, userId: officer.id, baseUrl: BASE_URL });
    const first = await newestMail(officer.email);
    await sendPasswordResetLink({ actor: admin, userId: officer.id, baseUrl: BASE_URL });
    const second = await newestMail(officer.email);
    expect(second.id).not.toBe(first.id);
    expect(await db.mail.findUniqueOrThrow({ where: { id: first.id }, select: { linkToken: true } })).toEqual({ linkToken: null });
    expect((await logEntry(first.id)).link).toBe('removed');
    expect((await logEntry(second.id)).link).toBe('live');
  });

  it('forgets expired tokens: /dev/mail stops showing them at once, the sweep clears the column', async () => {
    const email = 'verfallen@verein.example';
    await registerApplicant({ input: registration({ email }), locale: 'de', baseUrl: BASE_URL });
    const token = await linkFromMail(email, 'token');
    const { id } = await newestMail(email);
    const afterExpiry = new Date(Date.now() + 25 * 60 * 60_000);
    const entry = await logEntry(id, afterExpiry);
    expect(entry.link).toBe('removed');
    expect(entry.body).not.toContain(token);

    await sweepMailOutbox({ now: afterExpiry, settings: { smtpUrl: undefined, from: smtp.from } });
    expect(await newestMail(email)).toMatchObject({ linkToken: null });
  });
});

describe('/dev/mail', () => {
  process.env.PORTAL_EMBEDDED = '1';

  async function page(headers: Record<string, string>) {
    newRequest(headers);
    const { default: DevMailPage } = await import('@/app/[locale]/(site)/dev/mail/page');
    return DevMailPage().then(
      () => 'shown',
      (error: { digest?: string }) => error.digest ?? String(error),
    );
  }

  it('answers requests from this machine only; everyone else gets 404', async () => {
    expect(await page({ 'x-portal-client-ip': '127.0.0.1', 'x-forwarded-for': '127.0.0.1' })).toBe('shown');
    expect(await page({ 'x-portal-client-ip': '::1' })).toBe('shown');
    expect(await page({ 'x-portal-client-ip': '192.168.1.20', 'x-forwarded-for': '192.168.1.20' })).toBe('NEXT_HTTP_ERROR_FALLBACK;404');
    // A reverse proxy on this machine forwarding a request from the network.
    expect(await page({ 'x-portal-client-ip': '127.0.0.1', 'x-forwarded-for': '203.0.113.9' })).toBe('NEXT_HTTP_ERROR_FALLBACK;404');
    expect(await page({ 'x-portal-client-ip': '127.0.0.1', 'x-real-ip': '203.0.113.9' })).toBe('NEXT_HTTP_ERROR_FALLBACK;404');
    expect(await page({ 'x-portal-client-ip': '127.0.0.1', forwarded: 'for=203.0.113.9' })).toBe('NEXT_HTTP_ERROR_FALLBACK;404');
    // A request that bypassed the front door (no client address).
    expect(await page({})).toBe('NEXT_HTTP_ERROR_FALLBACK;404');
  });
});
