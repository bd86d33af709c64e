/**
 * The public Server Actions of /register and /register/resend, called as their forms call
 * them: no guard (a visitor), field errors as i18n keys, the same answer for known and unknown
 * addresses (no account enumeration), mails with links to NEXTAUTH_URL in the visitor's
 * language (getLocale), and the rate limit as a form error.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { register } from '@/app/[locale]/(site)/register/actions';
import { resend } from '@/app/[locale]/(site)/register/resend/actions';
import { seed } from '@/prisma/seed/seed';
import { nextIntlServerModule } from '@/tests/support/next-request';
import { registration } from '@/tests/support/registration';

vi.mock('next-auth', () => import('@/tests/support/next-request').then((m) => m.nextAuthModule));
vi.mock('next/headers', () => import('@/tests/support/next-request').then((m) => m.nextHeadersModule));
vi.mock('next/cache', () => import('@/tests/support/next-request').then((m) => m.nextCacheModule));
vi.mock('next-intl/server', () => import('@/tests/support/next-request').then((m) => m.nextIntlServerModule));

beforeAll(async () => {
  await seed({ demo: true });
});

const newestMail = (to: string) => db.mail.findFirstOrThrow({ where: { to }, orderBy: { createdAt: 'desc' }, select: { subject: true, body: true } });

describe('register', () => {
  it('answers a malformed form with i18n keys per field and creates nothing', async () => {
    const result = await register(registration({ email: 'kaputt', name: '', passwordConfirmation: 'anders', postalCode: '123' }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { email: ['emailInvalid'], name: ['personNameRequired'], passwordConfirmation: ['passwordMismatch'] } });
    expect(result).not.toHaveProperty('formError');
    expect(await db.user.count({ where: { name: '' } })).toBe(0);
  });

  it('registers in the visitor’s language with a confirmation link to NEXTAUTH_URL', async () => {
    nextIntlServerModule.getLocale.mockResolvedValueOnce('en');
    expect(await register(registration({ email: 'Neu@Verein.example' }))).toEqual({ ok: true, data: { email: 'neu@verein.example' } });
    const user = await db.user.findUniqueOrThrow({ where: { email: 'neu@verein.example' }, select: { locale: true, emailConfirmedAt: true } });
    expect(user).toEqual({ locale: 'en', emailConfirmedAt: null });
    const mail = await newestMail('neu@verein.example');
    expect(mail.subject).toBe('Please confirm your e-mail address');
    expect(mail.body).toMatch(/http:\/\/portal\.test\/register\/confirm\?token=[A-Za-z0-9_-]+/);
  });

  it('gives a taken address the same answer (the owner gets a notice instead)', async () => {
    const users = await db.user.count();
    expect(await register(registration({ email: 'antrag@demo.example' }))).toEqual({ ok: true, data: { email: 'antrag@demo.example' } });
    expect(await db.user.count()).toBe(users);
    expect((await newestMail('antrag@demo.example')).body).toContain('http://portal.test/login');
  });

  it('refuses an unknown invitation as a form error', async () => {
    expect(await register(registration({ email: 'eingeladen@verein.example', invitation: 'gibt-es-nicht' }))).toEqual({ ok: false, formError: 'invitationUnknown' });
  });
});

describe('resend', () => {
  it('answers every well-formed address the same, mails only unconfirmed accounts, and limits the attempts', async () => {
    expect(await resend({ email: 'kein@adresse' })).toEqual({ ok: false, fieldErrors: { email: ['emailInvalid'] } });
    await register(registration({ email: 'wieder@verein.example' }));
    const mails = await db.mail.count({ where: { to: 'wieder@verein.example' } });
    for (const email of ['wieder@verein.example', 'unbekannt@verein.example', 'antrag@demo.example']) {
      expect(await resend({ email })).toEqual({ ok: true, data: { email } });
    }
    expect(await db.mail.count({ where: { to: 'wieder@verein.example' } })).toBe(mails + 1);
    expect(await db.mail.count({ where: { to: 'unbekannt@verein.example' } })).toBe(0);
    for (let attempt = 2; attempt <= 5; attempt++) expect(await resend({ email: 'unbekannt@verein.example' })).toMatchObject({ ok: true });
    expect(await resend({ email: 'unbekannt@verein.example' })).toEqual({ ok: false, formError: 'rateLimited' });
  });
});
