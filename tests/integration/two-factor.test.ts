import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { authenticate } from '@/lib/auth/authenticate';
import { requireApiUser } from '@/lib/auth/api-guards';
import { getCurrentUser } from '@/lib/auth/current-user';
import { requirePermission } from '@/lib/auth/guards';
import { SIGN_IN_LIMITS } from '@/lib/auth/reserve-sign-in-attempt';
import { DomainError } from '@/lib/errors';
import { erasePerson } from '@/lib/privacy/erase-person';
import { confirmTwoFactorSetup } from '@/lib/two-factor/confirm-two-factor-setup';
import { disableTwoFactor } from '@/lib/two-factor/disable-two-factor';
import { getTwoFactorSetup } from '@/lib/two-factor/get-two-factor-setup';
import { hashRecoveryCode } from '@/lib/two-factor/recovery-codes';
import { regenerateRecoveryCodes } from '@/lib/two-factor/regenerate-recovery-codes';
import { openSecret, sealSecret } from '@/lib/two-factor/secret-box';
import { TOTP_PERIOD_SECONDS } from '@/lib/two-factor/totp';
import { resetTwoFactorAction } from '@/app/[locale]/(site)/(admin)/admin/users/[id]/actions';
import { confirmTwoFactorSetupAction } from '@/app/[locale]/(site)/account/two-factor/actions';
import { seed } from '@/prisma/seed/seed';
import { PASSWORD, createTestUser, type TestUser } from '@/tests/support/factories';
import { signIn } from '@/tests/support/next-request';
import { enableTestTwoFactor, nextTotpCode, totpCode } from '@/tests/support/two-factor';

vi.mock('next-auth', () => import('@/tests/support/next-request').then((m) => m.nextAuthModule));
vi.mock('next/headers', () => import('@/tests/support/next-request').then((m) => m.nextHeadersModule));
vi.mock('next/cache', () => import('@/tests/support/next-request').then((m) => m.nextCacheModule));

const IP = '192.0.2.44';
const refusedWith = (code: string) => (error: unknown) => error instanceof DomainError && error.code === code;
const stepStart = (n: number) => new Date(n * TOTP_PERIOD_SECONDS * 1000);

let admin: TestUser;

beforeAll(async () => {
  await seed({ demo: false });
  admin = await createTestUser({ role: 'ADMIN', email: 'ada@zwei.example' });
});

async function auditActions(userId: string): Promise<string[]> {
  const events = await db.auditEvent.findMany({ where: { subjectId: userId }, orderBy: [{ at: 'asc' }, { id: 'asc' }], select: { action: true } });
  return events.map((event) => event.action);
}

describe('set-up', () => {
  it('keeps one pending secret until a code confirms it, then shows ten recovery codes once', async () => {
    const user = await createTestUser({ role: 'APPLICANT', email: 'einrichten@zwei.example' });
    const first = await getTwoFactorSetup({ actor: user });
    const again = await getTwoFactorSetup({ actor: user });
    if (first.enabled || again.enabled) throw new Error('not expected');
    expect(again.secret).toBe(first.secret);
    expect(first.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(first.qr.size).toBeGreaterThanOrEqual(21);
    // Still off: the password alone signs in.
    expect(await authenticate({ email: user.email, password: PASSWORD, clientIp: IP })).toMatchObject({ ok: true });

    await expect(confirmTwoFactorSetup({ actor: user, input: { code: '000000' } })).rejects.toSatisfy(refusedWith('codeInvalid'));
    await expect(confirmTwoFactorSetup({ actor: user, input: { code: 'abc' } })).rejects.toThrow(/codeFormat/);
    const { recoveryCodes } = await confirmTwoFactorSetup({ actor: user, input: { code: await totpCode(first.secret) } });
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const code of recoveryCodes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);

    // Only hashes are stored, and the secret only sealed.
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { totpSecret: true, totpPendingSecret: true, totpEnabledAt: true } });
    expect(stored.totpEnabledAt).not.toBeNull();
    expect(stored.totpPendingSecret).toBeNull();
    expect(stored.totpSecret).not.toContain(first.secret);
    expect(openSecret({ sealed: stored.totpSecret!, userId: user.id })).toBe(first.secret);
    const hashes = await db.recoveryCode.findMany({ where: { userId: user.id }, select: { codeHash: true } });
    expect(hashes.map((row) => row.codeHash).sort()).toEqual(recoveryCodes.map(hashRecoveryCode).sort());
    expect(JSON.stringify(hashes)).not.toContain(recoveryCodes[0]);

    // The page now shows the state, never the codes again; a second confirmation is refused.
    expect(await getTwoFactorSetup({ actor: user })).toMatchObject({ enabled: true, required: false, recoveryCodesLeft: 10 });
    await expect(confirmTwoFactorSetup({ actor: user, input: { code: await totpCode(first.secret) } })).rejects.toSatisfy(refusedWith('twoFactorAlreadyEnabled'));
    expect(await auditActions(user.id)).toContain('user.two-factor-enabled');
  });

  it('seals a secret for one user only, under AUTH_SECRET', () => {
    const sealed = sealSecret({ plaintext: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', userId: 'user-a' });
    expect(sealed).toMatch(/^v1\./);
    expect(openSecret({ sealed, userId: 'user-a' })).toBe('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP');
    expect(openSecret({ sealed, userId: 'user-b' })).toBeNull();
    expect(openSecret({ sealed: sealed.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')), userId: 'user-a' })).toBeNull();
  });
});

describe('sign-in with two factors', () => {
  it('asks for the code after the right password only, and a right password alone never signs in', async () => {
    const user = await createTestUser({ role: 'APPLICANT', email: 'zweistufig@zwei.example' });
    await enableTestTwoFactor({ actor: user });
    // A wrong password: the same answer as for an account without two-factor sign-in, code or not.
    expect(await authenticate({ email: user.email, password: 'falsch-falsch-falsch', clientIp: IP })).toEqual({ ok: false, reason: 'invalid' });
    expect(await authenticate({ email: user.email, password: 'falsch-falsch-falsch', code: await nextTotpCode(user.id), clientIp: IP })).toEqual({ ok: false, reason: 'invalid' });
    expect(await authenticate({ email: user.email, password: PASSWORD, clientIp: IP })).toEqual({ ok: false, reason: 'code-required' });
    expect(await authenticate({ email: user.email, password: PASSWORD, code: '  ', clientIp: IP })).toEqual({ ok: false, reason: 'code-required' });
    // „code-required“ is no failure and no success: only the two wrong passwords count.
    expect(await db.loginAttempt.findMany({ where: { email: user.email }, select: { succeeded: true } })).toEqual([{ succeeded: false }, { succeeded: false }]);
    expect(await authenticate({ email: user.email, password: PASSWORD, code: await nextTotpCode(user.id), clientIp: IP })).toMatchObject({
      ok: true,
      user: { id: user.id },
    });
    const signIn = await db.auditEvent.findFirstOrThrow({ where: { action: 'user.sign-in', actorId: user.id }, select: { details: true } });
    expect(signIn.details).toEqual({ method: 'totp' });
  });

  it('counts wrong codes towards the throttle', async () => {
    const user = await createTestUser({ role: 'OFFICER', email: 'codes-raten@zwei.example' });
    for (let i = 0; i < SIGN_IN_LIMITS.source; i++) {
      expect(await authenticate({ email: user.email, password: PASSWORD, code: String(100000 + i), clientIp: IP })).toEqual({ ok: false, reason: 'code-invalid' });
    }
    expect(await authenticate({ email: user.email, password: PASSWORD, code: await nextTotpCode(user.id), clientIp: IP })).toMatchObject({ ok: false, reason: 'throttled' });
    const reasons = (await db.auditEvent.findMany({ where: { action: 'user.sign-in-failed', subjectId: user.id }, select: { details: true } })).map(
      (event) => (event.details as { reason: string }).reason,
    );
    expect(reasons).toEqual([...Array(SIGN_IN_LIMITS.source).fill('wrong-code'), 'throttled']);
  });

  it('never accepts a code twice, nor one of an earlier time step', async () => {
    const user = await createTestUser({ role: 'OFFICER', email: 'replay@zwei.example' });
    const now = new Date();
    const code = await nextTotpCode(user.id, now);
    expect(await authenticate({ email: user.email, password: PASSWORD, code, clientIp: IP, now })).toMatchObject({ ok: true });
    expect(await authenticate({ email: user.email, password: PASSWORD, code, clientIp: '192.0.2.45', now })).toEqual({ ok: false, reason: 'code-invalid' });
    const { totpLastStep } = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { totpLastStep: true } });
    // The previous step's code is within the tolerance, but older than the last one used.
    const secret = openSecret({ sealed: (await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { totpSecret: true } })).totpSecret!, userId: user.id })!;
    const earlier = await totpCode(secret, stepStart(totpLastStep! - 1));
    expect(await authenticate({ email: user.email, password: PASSWORD, code: earlier, clientIp: IP, now })).toEqual({ ok: false, reason: 'code-invalid' });
    // Two requests with the same fresh code at once: exactly one signs in.
    const fresh = await nextTotpCode(user.id, now);
    const both = await Promise.all(['192.0.2.46', '192.0.2.47'].map((clientIp) => authenticate({ email: user.email, password: PASSWORD, code: fresh, clientIp, now })));
    expect(both.filter((result) => result.ok)).toHaveLength(1);
  });

  it('accepts each recovery code once; new ones replace the old', async () => {
    const user = await createTestUser({ role: 'APPLICANT', email: 'wiederherstellung@zwei.example' });
    const { recoveryCodes } = await enableTestTwoFactor({ actor: user });
    const [first, second] = recoveryCodes;
    // Case, spaces and the dash do not matter.
    expect(await authenticate({ email: user.email, password: PASSWORD, code: ` ${first!.toUpperCase().replace('-', ' ')} `, clientIp: IP })).toMatchObject({ ok: true });
    expect(await authenticate({ email: user.email, password: PASSWORD, code: first, clientIp: IP })).toEqual({ ok: false, reason: 'code-invalid' });
    const signIn = await db.auditEvent.findFirstOrThrow({ where: { action: 'user.sign-in', actorId: user.id }, select: { details: true } });
    expect(signIn.details).toEqual({ method: 'recovery-code' });
    expect(await getTwoFactorSetup({ actor: user })).toMatchObject({ enabled: true, recoveryCodesLeft: 9 });

    await expect(regenerateRecoveryCodes({ actor: user, input: { confirmation: 'falsches-passwort' } })).rejects.toSatisfy(refusedWith('confirmationInvalid'));
    const renewed = await regenerateRecoveryCodes({ actor: user, input: { confirmation: await nextTotpCode(user.id) } });
    expect(renewed.recoveryCodes).toHaveLength(10);
    expect(await authenticate({ email: user.email, password: PASSWORD, code: second, clientIp: IP })).toEqual({ ok: false, reason: 'code-invalid' });
    expect(await authenticate({ email: user.email, password: PASSWORD, code: renewed.recoveryCodes[0], clientIp: IP })).toMatchObject({ ok: true });
    expect(await auditActions(user.id)).toContain('user.recovery-codes-regenerated');
  });
});

describe('switching off and resetting', () => {
  it('lets an applicant switch it off with the password or a code, never staff', async () => {
    const applicant = await createTestUser({ role: 'APPLICANT', email: 'aus@zwei.example' });
    await enableTestTwoFactor({ actor: applicant });
    await expect(disableTwoFactor({ actor: applicant, input: { confirmation: '' } })).rejects.toThrow(/confirmationRequired/);
    await expect(disableTwoFactor({ actor: applicant, input: { confirmation: '123456' } })).rejects.toSatisfy(refusedWith('confirmationInvalid'));
    await disableTwoFactor({ actor: applicant, input: { confirmation: PASSWORD } });
    expect(await authenticate({ email: applicant.email, password: PASSWORD, clientIp: IP })).toMatchObject({ ok: true });
    expect(await db.recoveryCode.count({ where: { userId: applicant.id } })).toBe(0);
    expect(await auditActions(applicant.id)).toContain('user.two-factor-disabled');
    await expect(disableTwoFactor({ actor: applicant, input: { confirmation: PASSWORD } })).rejects.toSatisfy(refusedWith('twoFactorNotEnabled'));

    const officer = await createTestUser({ role: 'OFFICER', email: 'pflicht@zwei.example' });
    await expect(disableTwoFactor({ actor: officer, input: { confirmation: PASSWORD } })).rejects.toSatisfy(refusedWith('twoFactorRequired'));
  });

  it('an administrator resets a lost device; the officer is then held at the set-up', async () => {
    const officer = await createTestUser({ role: 'OFFICER', email: 'verloren@zwei.example' });
    signIn(officer);
    expect(await getCurrentUser()).toMatchObject({ id: officer.id, twoFactorSetupRequired: false });

    signIn(admin);
    expect(await resetTwoFactorAction(admin.id)).toEqual({ ok: false, formError: 'ownAccount' });
    expect(await resetTwoFactorAction(officer.id)).toEqual({ ok: true, data: { reset: true } });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: 'user.two-factor-reset', subjectId: officer.id }, select: { actorId: true, details: true } });
    expect(event).toMatchObject({ actorId: admin.id, details: { before: { recoveryCodes: 10 }, after: { totpEnabledAt: null } } });
    expect(await db.recoveryCode.count({ where: { userId: officer.id } })).toBe(0);

    // The password alone signs in again (staff must then set it up before anything else) …
    expect(await authenticate({ email: officer.email, password: PASSWORD, clientIp: IP })).toMatchObject({ ok: true });
    signIn(officer);
    expect(await getCurrentUser()).toMatchObject({ twoFactorSetupRequired: true });
    // … every page and action sends them to the set-up, route handlers refuse,
    await expect(requirePermission('review:read')).rejects.toMatchObject({ digest: expect.stringContaining(';/account/two-factor;') });
    await expect(requirePermission('account:read')).rejects.toMatchObject({ digest: expect.stringContaining(';/account/two-factor;') });
    const api = await requireApiUser();
    expect(api.response?.status).toBe(403);
    expect(await api.response?.json()).toEqual({ ok: false, formError: 'twoFactorSetupRequired' });
    // … and only the set-up itself lets them through, until it is done.
    expect(await requirePermission('account:read', { duringTwoFactorSetup: true })).toMatchObject({ id: officer.id });
    const setup = await getTwoFactorSetup({ actor: officer });
    if (setup.enabled) throw new Error('not expected');
    const confirmed = await confirmTwoFactorSetupAction({ code: await totpCode(setup.secret) });
    expect(confirmed.ok && confirmed.data.recoveryCodes).toHaveLength(10);
    expect(await requirePermission('review:read')).toMatchObject({ id: officer.id });
  });

  it('holds new staff without two-factor sign-in, not applicants', async () => {
    const officer = await createTestUser({ role: 'OFFICER', email: 'neu-ohne@zwei.example', twoFactor: false });
    const applicant = await createTestUser({ role: 'APPLICANT', email: 'antrag-ohne@zwei.example' });
    signIn(officer);
    await expect(requirePermission('review:read')).rejects.toMatchObject({ digest: expect.stringContaining(';/account/two-factor;') });
    signIn(applicant);
    expect(await requirePermission('project:read')).toMatchObject({ id: applicant.id, twoFactorSetupRequired: false });
  });

  it('erasing a person (Art. 17) deletes their secret and recovery codes', async () => {
    const applicant = await createTestUser({ role: 'APPLICANT', email: 'vergessen@zwei.example' });
    await enableTestTwoFactor({ actor: applicant });
    await erasePerson({ actor: admin, input: { userId: applicant.id, confirmEmail: applicant.email } });
    expect(await db.user.findUniqueOrThrow({ where: { id: applicant.id }, select: { totpSecret: true, totpEnabledAt: true } })).toEqual({ totpSecret: null, totpEnabledAt: null });
    expect(await db.recoveryCode.count({ where: { userId: applicant.id } })).toBe(0);
  });
});
