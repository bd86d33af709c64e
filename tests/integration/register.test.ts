import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { authenticate } from '@/lib/auth/authenticate';
import { registerApplicant } from '@/lib/registration/register-applicant';
import { registerApplicantSchema } from '@/lib/registration/register-applicant-schema';
import { PASSWORD_MIN_LENGTH } from '@/lib/auth/password';
import { PASSWORD_MIN_LENGTH as FORM_MIN_LENGTH } from '@/lib/registration/password-rules';
import { confirmEmail } from '@/lib/registration/confirm-email';
import { hashToken } from '@/lib/tokens/link-token';
import { seed } from '@/prisma/seed/seed';
import { BASE_URL, PASSWORD, linkFromMail, registration } from '@/tests/support/registration';

beforeAll(async () => {
  await seed({ demo: true });
});

describe('registerApplicant: a new organisation', () => {
  it('creates the unconfirmed applicant, the organisation, a hashed 24-hour token, audit events and the mail', async () => {
    const now = new Date('2026-12-01T09:00:00Z');
    const result = await registerApplicant({ input: registration({ email: ' Rita@Verein.EXAMPLE ' }), locale: 'de', baseUrl: BASE_URL, now });
    expect(result).toEqual({ email: 'rita@verein.example' });

    const user = await db.user.findUniqueOrThrow({
      where: { email: 'rita@verein.example' },
      select: { id: true, name: true, role: true, emailConfirmedAt: true, locale: true, passwordHash: true, organisation: true },
    });
    expect(user).toMatchObject({ name: 'Rita Register', role: 'APPLICANT', emailConfirmedAt: null, locale: 'de' });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.organisation).toMatchObject({ name: 'Verein für Fachkräfte e. V.', legalForm: 'e. V.', street: 'Domplatz 1', postalCode: '39104', city: 'Magdeburg' });

    const token = await linkFromMail('rita@verein.example', 'token');
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const stored = await db.userToken.findMany({ where: { userId: user.id }, select: { purpose: true, tokenHash: true, expiresAt: true, usedAt: true } });
    expect(stored).toEqual([{ purpose: 'EMAIL_CONFIRMATION', tokenHash: hashToken(token), expiresAt: new Date('2026-12-02T09:00:00Z'), usedAt: null }]);
    expect(stored[0]!.tokenHash).not.toContain(token);

    const mail = await db.mail.findFirstOrThrow({ where: { to: 'rita@verein.example' }, select: { subject: true, body: true, status: true, linkToken: true } });
    expect(mail.subject).toBe('Bitte bestätigen Sie Ihre E-Mail-Adresse');
    expect(mail.body).toContain(`Guten Tag Rita Register,`);
    // The stored body never holds the token (ADR 024); it waits beside it until sent or used.
    expect(mail.body).toContain(`${BASE_URL}/register/confirm?token=token-removed`);
    expect(mail.body).not.toContain(token);
    expect(mail.linkToken).toBe(token);
    expect(mail.status).toBe('QUEUED');

    const actions = await db.auditEvent.findMany({ where: { actorId: user.id }, select: { action: true }, orderBy: { at: 'asc' } });
    expect(actions.map((a) => a.action).sort()).toEqual(['organisation.created', 'user.registered']);
  });

  it('writes the mail in the visitor’s language', async () => {
    await registerApplicant({ input: registration({ email: 'english@verein.example' }), locale: 'en', baseUrl: BASE_URL });
    const mail = await db.mail.findFirstOrThrow({ where: { to: 'english@verein.example' }, select: { subject: true, body: true } });
    expect(mail.subject).toBe('Please confirm your e-mail address');
    expect(mail.body).toMatch(/^Hello Rita Register,/);
  });

  it('refuses sign-in before the confirmation and allows it after; the link works once', async () => {
    await registerApplicant({ input: registration({ email: 'bestaetigen@verein.example' }), locale: 'de', baseUrl: BASE_URL });
    expect(await authenticate({ email: 'bestaetigen@verein.example', password: PASSWORD })).toEqual({ ok: false, reason: 'unconfirmed' });

    const token = await linkFromMail('bestaetigen@verein.example', 'token');
    expect(await confirmEmail({ token })).toBe('confirmed');
    expect(await authenticate({ email: 'bestaetigen@verein.example', password: PASSWORD })).toMatchObject({ ok: true, user: { role: 'APPLICANT' } });

    expect(await confirmEmail({ token })).toBe('used');
    const row = await db.userToken.findUniqueOrThrow({ where: { tokenHash: hashToken(token) }, select: { usedAt: true } });
    expect(row.usedAt).not.toBeNull();
  });

  it('refuses an expired or unknown confirmation link and changes nothing', async () => {
    const registeredAt = new Date('2026-12-01T09:00:00Z');
    await registerApplicant({ input: registration({ email: 'spaet@verein.example' }), locale: 'de', baseUrl: BASE_URL, now: registeredAt });
    const token = await linkFromMail('spaet@verein.example', 'token');
    expect(await confirmEmail({ token, now: new Date('2026-12-02T09:00:01Z') })).toBe('expired');
    expect(await confirmEmail({ token: 'gibt-es-nicht' })).toBe('unknown');
    expect(await confirmEmail({ token: '' })).toBe('unknown');
    const user = await db.user.findUniqueOrThrow({ where: { email: 'spaet@verein.example' }, select: { emailConfirmedAt: true } });
    expect(user.emailConfirmedAt).toBeNull();
    // Just inside the 24 hours it still works.
    expect(await confirmEmail({ token, now: new Date('2026-12-02T08:59:59Z') })).toBe('confirmed');
  });
});

describe('registerApplicant: an address that is already registered', () => {
  it('creates no second user or organisation, and mails the owner a notice instead', async () => {
    const organisations = await db.organisation.count();
    const before = await db.user.findUniqueOrThrow({ where: { email: 'antrag@demo.example' }, select: { id: true, passwordHash: true, name: true } });

    const result = await registerApplicant({
      input: registration({ email: 'ANTRAG@demo.example', name: 'Eve Eindringling' }),
      locale: 'en',
      baseUrl: BASE_URL,
    });
    expect(result).toEqual({ email: 'antrag@demo.example' });

    expect(await db.user.count({ where: { email: 'antrag@demo.example' } })).toBe(1);
    expect(await db.user.findUniqueOrThrow({ where: { email: 'antrag@demo.example' }, select: { id: true, passwordHash: true, name: true } })).toEqual(before);
    expect(await db.organisation.count()).toBe(organisations);
    expect(await db.userToken.count({ where: { userId: before.id } })).toBe(0);

    const mails = await db.mail.findMany({ where: { to: 'antrag@demo.example' }, select: { subject: true, body: true } });
    expect(mails).toHaveLength(1);
    // The owner's language (German by default), not the visitor's, and no confirmation link.
    expect(mails[0]!.subject).toBe('Registrierung mit Ihrer E-Mail-Adresse');
    expect(mails[0]!.body).toContain(`Guten Tag ${before.name},`);
    expect(mails[0]!.body).toContain(`${BASE_URL}/login`);
    expect(mails[0]!.body).not.toContain('token=');
  });
});

describe('registerApplicantSchema: password rules, each with its reason', () => {
  const reasons = (overrides: Record<string, string>) => {
    const result = registerApplicantSchema.safeParse(registration(overrides));
    return result.success ? [] : result.error.issues.filter((i) => i.path[0] === 'password').map((i) => i.message);
  };

  it.each([
    ['elf Zeichen', [], 'passwordTooShort'],
    ['x'.repeat(129), [], 'passwordTooLong'],
    ['rita@verein.example', [], 'passwordSameAsEmail'],
    ['RITA@Verein.example', [], 'passwordSameAsEmail'],
    ['Mein-rita@verein.example-2026', [], 'passwordContainsEmail'],
  ])('refuses %j', (password, _unused, reason) => {
    expect(reasons({ password, passwordConfirmation: password })).toContain(reason);
  });

  it('uses the same minimum as the sign-in module', () => {
    expect(FORM_MIN_LENGTH).toBe(PASSWORD_MIN_LENGTH);
  });

  it('accepts 12 and 128 characters', () => {
    expect(reasons({ password: 'a'.repeat(12), passwordConfirmation: 'a'.repeat(12) })).toEqual([]);
    expect(reasons({ password: 'a'.repeat(128), passwordConfirmation: 'a'.repeat(128) })).toEqual([]);
  });

  it('names a mismatched confirmation and every missing organisation field', () => {
    const result = registerApplicantSchema.safeParse(
      registration({ passwordConfirmation: 'anders-anders-anders', organisationName: '', street: ' ', postalCode: '391', city: '' }),
    );
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['passwordConfirmation', 'passwordMismatch'],
      ['organisationName', 'organisationNameRequired'],
      ['street', 'streetRequired'],
      ['city', 'cityRequired'],
      ['postalCode', 'postalCodeInvalid'],
    ]);
  });

  it('needs no organisation fields when joining with an invitation, but the legal form stays optional', () => {
    expect(registerApplicantSchema.safeParse(registration({ invitation: 'abc', organisationName: '', street: '', postalCode: '', city: '' })).success).toBe(true);
    expect(registerApplicantSchema.safeParse(registration({ legalForm: '' })).success).toBe(true);
  });

  it('is enforced by the domain function too', async () => {
    await expect(
      registerApplicant({ input: registration({ email: 'kurz@verein.example', password: 'kurz', passwordConfirmation: 'kurz' }), locale: 'de', baseUrl: BASE_URL }),
    ).rejects.toThrow(/passwordTooShort/);
    expect(await db.user.count({ where: { email: 'kurz@verein.example' } })).toBe(0);
  });
});

describe('registerApplicant: one transaction', () => {
  it('leaves no user, organisation, token or audit event when writing the mail fails', async () => {
    const counts = async () => ({
      users: await db.user.count(),
      organisations: await db.organisation.count(),
      tokens: await db.userToken.count(),
      mails: await db.mail.count(),
      audit: await db.auditEvent.count(),
    });
    const before = await counts();
    // A real failure of the last step of the transaction: the database refuses the mail row.
    await db.$executeRawUnsafe(`
      CREATE FUNCTION test_refuse_mail() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'mail refused by test'; END $$`);
    await db.$executeRawUnsafe(`CREATE TRIGGER test_refuse_mail BEFORE INSERT ON "Mail" FOR EACH ROW EXECUTE FUNCTION test_refuse_mail()`);
    try {
      await expect(
        registerApplicant({ input: registration({ email: 'atomar@verein.example', organisationName: 'Atomar GmbH' }), locale: 'de', baseUrl: BASE_URL }),
      ).rejects.toThrow(/mail refused by test/);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER test_refuse_mail ON "Mail"`);
      await db.$executeRawUnsafe(`DROP FUNCTION test_refuse_mail()`);
    }
    expect(await counts()).toEqual(before);
    expect(await db.organisation.count({ where: { name: 'Atomar GmbH' } })).toBe(0);
  });
});
