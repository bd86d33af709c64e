/**
 * Defect 3 of issue #10, „Claiming someone else's address“ (ADR 024): a registration for an
 * address whose account is unconfirmed replaces that account (password, name, organisation,
 * links); unconfirmed accounts expire after 7 days (retention.unconfirmedAccountDays) and then
 * block nothing; confirming takes the button (a POST), opening the link changes nothing.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { authenticate } from '@/lib/auth/authenticate';
import { confirmEmail } from '@/lib/registration/confirm-email';
import { getEmailConfirmation } from '@/lib/registration/get-email-confirmation';
import { registerApplicant } from '@/lib/registration/register-applicant';
import { resendConfirmation } from '@/lib/registration/resend-confirmation';
import { acceptStaffInvitation } from '@/lib/users/accept-staff-invitation';
import { inviteStaff } from '@/lib/users/invite-staff';
import { inviteColleague } from '@/lib/organisations/invite-colleague';
import { hashToken } from '@/lib/tokens/link-token';
import { seed } from '@/prisma/seed/seed';
import { demoActors, type TestUser } from '@/tests/support/factories';
import { BASE_URL, PASSWORD, linkFromMail, registration } from '@/tests/support/registration';

vi.mock('next-auth', () => import('@/tests/support/next-request').then((m) => m.nextAuthModule));
vi.mock('next/headers', () => import('@/tests/support/next-request').then((m) => m.nextHeadersModule));
vi.mock('next-intl/server', () => import('@/tests/support/next-request').then((m) => m.nextIntlServerModule));

const ATTACKER_PASSWORD = 'Angreifer-Passwort-2026!';
const DAY = 24 * 60 * 60_000;

let admin: TestUser;

beforeAll(async () => {
  await seed({ demo: true });
  ({ admin } = await demoActors());
});

/** The attacker's registration of someone else's address, with their own password and organisation. */
function attackerRegistration(email: string) {
  return registration({
    email,
    name: 'Eve Eindringling',
    password: ATTACKER_PASSWORD,
    passwordConfirmation: ATTACKER_PASSWORD,
    organisationName: 'Eindringling GmbH',
    street: 'Schattenweg 1',
    postalCode: '06108',
    city: 'Halle',
  });
}

async function account(email: string) {
  return db.user.findUnique({
    where: { email },
    select: { id: true, name: true, emailConfirmedAt: true, organisation: { select: { id: true, name: true, street: true } } },
  });
}

describe('a registration for an address with an unconfirmed account', () => {
  it('replaces it: the second password works after the confirmation, the first does not; the first link is dead', async () => {
    const email = 'zweimal@verein.example';
    await registerApplicant({ input: attackerRegistration(email), locale: 'de', baseUrl: BASE_URL });
    const first = await account(email);
    const firstLink = await linkFromMail(email, 'token');

    await registerApplicant({ input: registration({ email, name: 'Vera Victim', organisationName: 'Echter Verein e. V.' }), locale: 'de', baseUrl: BASE_URL });
    const second = await account(email);
    expect(second).toMatchObject({ name: 'Vera Victim', emailConfirmedAt: null, organisation: { name: 'Echter Verein e. V.', street: 'Domplatz 1' } });
    expect(second!.id).not.toBe(first!.id);
    // Nothing of the first registration is left: account, organisation, link.
    expect(await db.user.count({ where: { id: first!.id } })).toBe(0);
    expect(await db.organisation.count({ where: { id: first!.organisation!.id } })).toBe(0);
    expect(await db.organisation.count({ where: { name: 'Eindringling GmbH' } })).toBe(0);
    expect(await db.userToken.count({ where: { tokenHash: hashToken(firstLink) } })).toBe(0);
    expect(await confirmEmail({ token: firstLink })).toBe('unknown');

    expect(await confirmEmail({ token: await linkFromMail(email, 'token') })).toBe('confirmed');
    expect(await authenticate({ email, password: PASSWORD })).toMatchObject({ ok: true });
    expect(await authenticate({ email, password: ATTACKER_PASSWORD })).toEqual({ ok: false, reason: 'invalid' });

    const replaced = await db.auditEvent.findFirstOrThrow({ where: { action: 'user.registration-replaced', subjectId: first!.id }, select: { actorId: true, details: true } });
    expect(replaced).toEqual({ actorId: null, details: { deletedOrganisationIds: [first!.organisation!.id] } });
  });

  it("never lets the owner's „resend“ confirm the attacker's password", async () => {
    const email = 'opfer@verein.example';
    // The attacker registers first; the owner then registers (same answer as always) and asks for a new link.
    await registerApplicant({ input: attackerRegistration(email), locale: 'de', baseUrl: BASE_URL });
    await registerApplicant({ input: registration({ email, name: 'Olga Opfer' }), locale: 'de', baseUrl: BASE_URL });
    await resendConfirmation({ input: { email }, baseUrl: BASE_URL });

    const token = await linkFromMail(email, 'token');
    // The page the link opens shows whose registration the button confirms.
    expect(await getEmailConfirmation({ token })).toEqual({ status: 'valid', email, name: 'Olga Opfer', organisationName: 'Verein für Fachkräfte e. V.' });
    expect(await confirmEmail({ token })).toBe('confirmed');

    expect(await authenticate({ email, password: ATTACKER_PASSWORD })).toEqual({ ok: false, reason: 'invalid' });
    expect(await authenticate({ email, password: PASSWORD })).toMatchObject({ ok: true });
    expect(await account(email)).toMatchObject({ name: 'Olga Opfer', organisation: { name: 'Verein für Fachkräfte e. V.' } });
    expect(await db.organisation.count({ where: { name: 'Eindringling GmbH' } })).toBe(0);
  });

  it('keeps a confirmed account as it is (the owner gets a notice, nobody a link)', async () => {
    const email = 'fest@verein.example';
    await registerApplicant({ input: registration({ email }), locale: 'de', baseUrl: BASE_URL });
    await confirmEmail({ token: await linkFromMail(email, 'token') });
    const before = await account(email);
    await registerApplicant({ input: attackerRegistration(email), locale: 'de', baseUrl: BASE_URL });
    expect(await account(email)).toEqual(before);
    expect(await authenticate({ email, password: ATTACKER_PASSWORD })).toEqual({ ok: false, reason: 'invalid' });
    const newest = await db.mail.findFirstOrThrow({ where: { to: email }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], select: { subject: true, linkToken: true } });
    expect(newest).toEqual({ subject: 'Registrierung mit Ihrer E-Mail-Adresse', linkToken: null });
  });

  it('keeps an organisation that others belong to when an unconfirmed member who joined it is replaced', async () => {
    const { applicant } = await demoActors();
    const email = 'beigetreten@verein.example';
    // Joined the demo organisation through an invitation, never confirmed.
    await inviteColleague({ actor: applicant, input: { email }, locale: 'de', baseUrl: BASE_URL });
    const invitation = await linkFromMail(email, 'invitation');
    await registerApplicant({ input: registration({ email, name: 'Uwe Unbestätigt', invitation }), locale: 'de', baseUrl: BASE_URL });
    const member = await account(email);
    expect(member).toMatchObject({ emailConfirmedAt: null, organisation: { id: applicant.organisationId } });

    await registerApplicant({ input: registration({ email, organisationName: 'Neuer Verein e. V.' }), locale: 'de', baseUrl: BASE_URL });
    expect(await db.user.count({ where: { id: member!.id } })).toBe(0);
    expect(await db.organisation.count({ where: { id: applicant.organisationId! } })).toBe(1);
    expect(await account(email)).toMatchObject({ name: 'Rita Register', organisation: { name: 'Neuer Verein e. V.' } });
  });
});

describe('unconfirmed accounts expire after 7 days', () => {
  it('cannot be confirmed afterwards, even with a link sent the day before', async () => {
    const email = 'abgelaufen@verein.example';
    const registeredAt = new Date(Date.now() - 6.9 * DAY);
    await registerApplicant({ input: registration({ email }), locale: 'de', baseUrl: BASE_URL, now: registeredAt });
    // A new link on day 6.9 is valid for 24 hours, but the account expires on day 7.
    await resendConfirmation({ input: { email }, baseUrl: BASE_URL, now: new Date() });
    const token = await linkFromMail(email, 'token');
    expect(await getEmailConfirmation({ token })).toMatchObject({ status: 'valid' });
    const afterExpiry = new Date(registeredAt.getTime() + 7 * DAY + 60_000);
    expect(await getEmailConfirmation({ token, now: afterExpiry })).toEqual({ status: 'expired' });
    expect(await confirmEmail({ token, now: afterExpiry })).toBe('expired');
    expect((await account(email))!.emailConfirmedAt).toBeNull();
  });

  it('gets no new link once expired, and a new registration of the address is not blocked', async () => {
    const email = 'alt@verein.example';
    await registerApplicant({ input: attackerRegistration(email), locale: 'de', baseUrl: BASE_URL, now: new Date(Date.now() - 8 * DAY) });
    const mails = await db.mail.count({ where: { to: email } });
    await resendConfirmation({ input: { email }, baseUrl: BASE_URL });
    expect(await db.mail.count({ where: { to: email } })).toBe(mails);

    await registerApplicant({ input: registration({ email, name: 'Nina Neu' }), locale: 'de', baseUrl: BASE_URL });
    expect(await confirmEmail({ token: await linkFromMail(email, 'token') })).toBe('confirmed');
    expect(await account(email)).toMatchObject({ name: 'Nina Neu', organisation: { name: 'Verein für Fachkräfte e. V.' } });
  });

  it('follows the retention setting (an administrator may choose another period)', async () => {
    const email = 'einstellung@verein.example';
    await registerApplicant({ input: registration({ email }), locale: 'de', baseUrl: BASE_URL, now: new Date(Date.now() - 3 * DAY) });
    await resendConfirmation({ input: { email }, baseUrl: BASE_URL });
    const token = await linkFromMail(email, 'token');
    await db.setting.create({ data: { key: 'retention.unconfirmedAccountDays', value: 2 } });
    try {
      expect(await getEmailConfirmation({ token })).toEqual({ status: 'expired' });
    } finally {
      await db.setting.delete({ where: { key: 'retention.unconfirmedAccountDays' } });
    }
    expect(await getEmailConfirmation({ token })).toMatchObject({ status: 'valid' });
  });
});

describe('a staff invitation for an address with an unconfirmed registration', () => {
  it('is not blocked by it, and accepting it replaces the registration', async () => {
    const email = 'referentin@land.example';
    await registerApplicant({ input: attackerRegistration(email), locale: 'de', baseUrl: BASE_URL });
    const squatter = await account(email);
    await inviteStaff({ actor: admin, input: { email, role: 'OFFICER' }, locale: 'de', baseUrl: BASE_URL });
    const invitation = await linkFromMail(email, 'invitation');
    await acceptStaffInvitation({ input: { invitation, name: 'Rita Referentin', password: PASSWORD, passwordConfirmation: PASSWORD }, locale: 'de' });

    expect(await db.user.count({ where: { id: squatter!.id } })).toBe(0);
    expect(await db.organisation.count({ where: { id: squatter!.organisation!.id } })).toBe(0);
    expect(await authenticate({ email, password: PASSWORD })).toMatchObject({ ok: true, user: { role: 'OFFICER' } });
    expect(await authenticate({ email, password: ATTACKER_PASSWORD })).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('the confirmation link', () => {
  it('changes nothing when opened (GET); only the button (the Server Action) confirms', async () => {
    const email = 'scanner@verein.example';
    await registerApplicant({ input: registration({ email }), locale: 'de', baseUrl: BASE_URL });
    const token = await linkFromMail(email, 'token');
    const { default: ConfirmPage } = await import('@/app/[locale]/(site)/register/confirm/page');
    const { confirmEmailAction } = await import('@/app/[locale]/(site)/register/confirm/actions');

    // A mail scanner (or the person) opens the link, twice.
    await ConfirmPage({ searchParams: Promise.resolve({ token }) });
    await ConfirmPage({ searchParams: Promise.resolve({ token }) });
    expect((await account(email))!.emailConfirmedAt).toBeNull();
    expect(await db.userToken.findUniqueOrThrow({ where: { tokenHash: hashToken(token) }, select: { usedAt: true } })).toEqual({ usedAt: null });
    expect(await authenticate({ email, password: PASSWORD })).toEqual({ ok: false, reason: 'unconfirmed' });

    expect(await confirmEmailAction(token)).toEqual({ ok: true, data: { result: 'confirmed' } });
    expect((await account(email))!.emailConfirmedAt).not.toBeNull();
    expect(await confirmEmailAction(token)).toEqual({ ok: true, data: { result: 'used' } });
    expect(await confirmEmailAction(42)).toEqual({ ok: true, data: { result: 'unknown' } });
  });
});
