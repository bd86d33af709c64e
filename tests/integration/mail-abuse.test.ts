/**
 * Defect 13 of issue #10, „Mail abuse and enumeration“ (ADR 024): a person's name (it goes into
 * mails to other addresses) follows one rule everywhere; the mails a visitor can trigger are
 * limited per client IP as well as per address; and no request waits for SMTP — a request for a
 * new confirmation link does the same work whether or not an account exists.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '@/lib/db/create-prisma-client';
import { startSmtpTestServer } from '@/tests/support/smtp-test-server';

/** A real SMTP server: the portal is configured to send through it (SMTP_URL) in this file. */
const smtp = await startSmtpTestServer();
const received = smtp.received;
process.env.SMTP_URL = smtp.url;

/** Every SQL statement the app sends, while `recording`. */
let recording: string[] | null = null;
const client = createPrismaClient({
  url: process.env.DATABASE_URL!,
  max: Number(process.env.DATABASE_POOL_MAX ?? 10),
  onQuery: (sql) => recording?.push(sql),
});
(globalThis as { portalDb?: unknown }).portalDb = client;

const { db } = await import('@/lib/db');
const { setJobQueue } = await import('@/lib/jobs/job-queue');
const { registerApplicant } = await import('@/lib/registration/register-applicant');
const { registerApplicantSchema } = await import('@/lib/registration/register-applicant-schema');
const { resendConfirmation } = await import('@/lib/registration/resend-confirmation');
const { sendConfirmationResend } = await import('@/lib/registration/send-confirmation-resend');
const { confirmEmail } = await import('@/lib/registration/confirm-email');
const { inviteColleague } = await import('@/lib/organisations/invite-colleague');
const { consumeMailLimits, MAIL_LIMITS } = await import('@/lib/rate-limit/consume-mail-limits');
const { acceptStaffInvitationSchema } = await import('@/lib/users/accept-staff-invitation-schema');
const { createUserSchema } = await import('@/lib/users/create-user-schema');
const { personNameSchema } = await import('@/lib/users/person-name-schema');
const { companySchema } = await import('@/lib/projects/company-schema');
const { seed } = await import('@/prisma/seed/seed');
const { createOrganisation, demoActors } = await import('@/tests/support/factories');
const { BASE_URL, PASSWORD, linkFromMail, registration } = await import('@/tests/support/registration');

beforeAll(async () => {
  await seed({ demo: true });
});

afterAll(async () => {
  setJobQueue(null);
  await smtp.close();
});

const URL_AND_MARKUP = [
  'https://evil.example/gewinn',
  'Gewinn unter www.evil.example',
  'evil.example',
  'Besuchen Sie evil.com',
  'anna@evil.example',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  'Anna 0800 123456',
  'Anna\nMüller',
  'Anna\u0000Müller',
  '!!!',
];
const GOOD_NAMES = ['Anna Müller', "Seán O'Brien-Łukasiewicz", 'J.R.R. Tolkien', 'Dr. Zoë Ångström', '李小龙', 'محمد علي', 'Nguyễn Văn An'];

describe('the person-name rule', () => {
  it.each(URL_AND_MARKUP)('refuses %j with a reason', (name) => {
    const result = personNameSchema.safeParse(name);
    expect(result.success).toBe(false);
    // A NUL character is refused by the check every text field has (ADR 026).
    expect(['personNameCharacters', 'personNameAddress', 'nulCharacter']).toContain(result.error!.issues[0]!.message);
  });

  it.each(GOOD_NAMES)('accepts %j', (name) => {
    expect(personNameSchema.safeParse(` ${name} `)).toEqual({ success: true, data: name });
  });

  it('needs a name and allows at most 100 characters', () => {
    expect(personNameSchema.safeParse('  ').error!.issues[0]!.message).toBe('personNameRequired');
    expect(personNameSchema.safeParse('a'.repeat(100)).success).toBe(true);
    expect(personNameSchema.safeParse('a'.repeat(101)).error!.issues[0]!.message).toBe('personNameTooLong');
  });

  it('holds in every schema that takes a person’s name', () => {
    const schemas: [string, (name: string) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }][] = [
      ['registration', (name) => registerApplicantSchema.safeParse(registration({ name }))],
      [
        'staff invitation',
        (name) => acceptStaffInvitationSchema.safeParse({ invitation: 'abc', email: 'neu@land.example', name, password: PASSWORD, passwordConfirmation: PASSWORD }),
      ],
      ['admin CLI / seed', (name) => createUserSchema.safeParse({ email: 'neu@land.example', name, password: PASSWORD, role: 'OFFICER' })],
      [
        'company contact person',
        (name) =>
          companySchema.safeParse({ name: 'Pflege GmbH', contact: 'Halle', ownContributionKind: 'Wohnraum', ownContributionValue: '2 Wohnungen', contactPersonName: name }),
      ],
    ];
    for (const [where, parse] of schemas) {
      for (const name of URL_AND_MARKUP) {
        const result = parse(name);
        expect(result.success, `${where}: ${JSON.stringify(name)}`).toBe(false);
        const field = where === 'company contact person' ? 'contactPersonName' : 'name';
        expect(result.error!.issues.find((issue) => issue.path[0] === field)?.message, where).toMatch(/^personName|^nulCharacter$/);
      }
      for (const name of GOOD_NAMES) expect(parse(name).success, `${where}: ${name}`).toBe(true);
    }
  });

  it('keeps a URL name out of the database and out of every mail', async () => {
    const mails = await db.mail.count();
    await expect(
      registerApplicant({ input: registration({ email: 'spam@verein.example', name: 'Gewinn auf www.evil.example' }), locale: 'de', baseUrl: BASE_URL }),
    ).rejects.toThrow(/personNameAddress/);
    expect(await db.user.count({ where: { email: 'spam@verein.example' } })).toBe(0);
    expect(await db.mail.count()).toBe(mails);
  });
});

describe('limits per client IP as well as per address', () => {
  it('registration: the client’s limit holds across addresses, another client is not affected', async () => {
    const ip = '198.51.100.1';
    const { limit } = MAIL_LIMITS.register.perClient;
    for (let i = 1; i < limit; i++) await consumeMailLimits({ action: 'register', address: `vorher-${i}@verein.example`, clientIp: ip });
    await registerApplicant({ input: registration({ email: 'letzte@verein.example' }), locale: 'de', baseUrl: BASE_URL, clientIp: ip });
    await expect(
      registerApplicant({ input: registration({ email: 'zuviel@verein.example' }), locale: 'de', baseUrl: BASE_URL, clientIp: ip }),
    ).rejects.toMatchObject({ code: 'rateLimited' });
    expect(await db.user.count({ where: { email: 'zuviel@verein.example' } })).toBe(0);
    await registerApplicant({ input: registration({ email: 'zuviel@verein.example' }), locale: 'de', baseUrl: BASE_URL, clientIp: '198.51.100.2' });
    expect(await db.user.count({ where: { email: 'zuviel@verein.example' } })).toBe(1);
  });

  it('new confirmation links: per client across addresses, and per address across clients', async () => {
    const ip = '198.51.100.3';
    for (let i = 1; i <= MAIL_LIMITS.resend.perClient.limit; i++) {
      await resendConfirmation({ input: { email: `niemand-${i}@verein.example` }, baseUrl: BASE_URL, clientIp: ip });
    }
    await expect(resendConfirmation({ input: { email: 'noch-einer@verein.example' }, baseUrl: BASE_URL, clientIp: ip })).rejects.toMatchObject({
      code: 'rateLimited',
    });
    for (let i = 1; i <= MAIL_LIMITS.resend.perAddress.limit; i++) {
      await resendConfirmation({ input: { email: 'ziel@verein.example' }, baseUrl: BASE_URL, clientIp: `203.0.113.${i}` });
    }
    await expect(resendConfirmation({ input: { email: 'ziel@verein.example' }, baseUrl: BASE_URL, clientIp: '203.0.113.99' })).rejects.toMatchObject({
      code: 'rateLimited',
    });
  });

  it('invitations: per invited address (also across organisations) and per client', async () => {
    const { applicant } = await demoActors();
    const other = (await createOrganisation({ name: 'Zweiter Träger' })).applicant;
    for (let i = 1; i <= MAIL_LIMITS.invite.perAddress.limit; i++) {
      await inviteColleague({ actor: i % 2 ? applicant : other, input: { email: 'umworben@verein.example' }, locale: 'de', baseUrl: BASE_URL, clientIp: `203.0.113.${i}` });
    }
    await expect(
      inviteColleague({ actor: other, input: { email: 'umworben@verein.example' }, locale: 'de', baseUrl: BASE_URL, clientIp: '203.0.113.50' }),
    ).rejects.toMatchObject({ code: 'rateLimited' });

    const ip = '198.51.100.4';
    for (let i = 1; i < MAIL_LIMITS.invite.perClient.limit; i++) await consumeMailLimits({ action: 'invite', address: `gast-${i}@verein.example`, clientIp: ip });
    await inviteColleague({ actor: other, input: { email: 'gast-letzte@verein.example' }, locale: 'de', baseUrl: BASE_URL, clientIp: ip });
    await expect(
      inviteColleague({ actor: other, input: { email: 'gast-zuviel@verein.example' }, locale: 'de', baseUrl: BASE_URL, clientIp: ip }),
    ).rejects.toMatchObject({ code: 'rateLimited' });
  });
});

describe('no request waits for SMTP', () => {
  it('stores the mails of registration, new links and invitations for the outbox without sending them on the request path', async () => {
    setJobQueue(null); // No job queue in this process: before ADR 024 the mail was sent right here.
    await registerApplicant({ input: registration({ email: 'wartet@verein.example' }), locale: 'de', baseUrl: BASE_URL });
    await resendConfirmation({ input: { email: 'wartet@verein.example' }, baseUrl: BASE_URL });
    const { applicant } = await demoActors();
    await inviteColleague({ actor: applicant, input: { email: 'eingeladen-wartet@verein.example' }, locale: 'de', baseUrl: BASE_URL });
    expect(received).toEqual([]);
    const mails = await db.mail.findMany({ where: { to: { in: ['wartet@verein.example', 'eingeladen-wartet@verein.example'] } }, select: { status: true } });
    expect(mails.map((mail) => mail.status)).toEqual(['QUEUED', 'QUEUED', 'QUEUED']);
  });

  it('answers a request for a new link with the same statements and one job, whether the account is unconfirmed, confirmed or unknown', async () => {
    const unconfirmed = 'gleich-unbestaetigt@verein.example';
    const confirmed = 'gleich-bestaetigt@verein.example';
    await registerApplicant({ input: registration({ email: unconfirmed }), locale: 'de', baseUrl: BASE_URL });
    await registerApplicant({ input: registration({ email: confirmed }), locale: 'de', baseUrl: BASE_URL });
    expect(await confirmEmail({ token: await linkFromMail(confirmed, 'token') })).toBe('confirmed');

    // The job queue as this process sees it: what the request path hands to it.
    const jobs: { name: string; data: unknown }[] = [];
    const queue = {
      send: async (name: string, data: unknown) => {
        jobs.push({ name, data });
        return 'job-id';
      },
      insert: async (batch: { name: string; data: unknown }[]) => {
        jobs.push(...batch);
      },
    };
    setJobQueue(queue as unknown as Parameters<typeof setJobQueue>[0]);
    const requestPath = async (email: string) => {
      const mails = await db.mail.count();
      recording = [];
      let statements: string[];
      try {
        await resendConfirmation({ input: { email }, baseUrl: BASE_URL, clientIp: '192.0.2.1', now: new Date() });
      } finally {
        statements = recording;
        recording = null;
      }
      expect(await db.mail.count()).toBe(mails);
      return statements;
    };
    let unconfirmedWork: string[], confirmedWork: string[], unknownWork: string[];
    try {
      unconfirmedWork = await requestPath(unconfirmed);
      confirmedWork = await requestPath(confirmed);
      unknownWork = await requestPath('gleich-unbekannt@verein.example');
    } finally {
      setJobQueue(null);
    }
    expect(unconfirmedWork.length).toBeGreaterThan(0);
    expect(confirmedWork).toEqual(unconfirmedWork);
    expect(unknownWork).toEqual(unconfirmedWork);
    expect(unconfirmedWork.join('\n')).not.toMatch(/"User"|"Mail"|"UserToken"/);
    expect(jobs.map((job) => job.name)).toEqual(['confirmation-resend', 'confirmation-resend', 'confirmation-resend']);
    expect(jobs.map((job) => Object.keys(job.data as object).sort())).toEqual(Array(3).fill(['baseUrl', 'email', 'requestedAt']));

    // The job then does the lookup: a mail for the unconfirmed account only, still not sent here.
    const sent = await Promise.all(jobs.map((job) => sendConfirmationResend(job.data as Parameters<typeof sendConfirmationResend>[0])));
    expect(sent).toEqual([true, false, false]);
    expect(received).toEqual([]);
    expect(await linkFromMail(unconfirmed, 'token')).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});
