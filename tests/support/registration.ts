import { db } from '@/lib/db';
import { bodyWithToken, LINK_TOKEN_MARKER } from '@/lib/mail/mail-link-token';
import type { RegisterApplicantInput } from '@/lib/registration/register-applicant-schema';

export const BASE_URL = 'http://portal.test';
export const PASSWORD = 'Ein-langes-Passwort-2026';

/** A valid registration of a new organisation; override what the test is about. */
export function registration(overrides: Partial<RegisterApplicantInput> = {}): RegisterApplicantInput {
  return {
    name: 'Rita Register',
    email: 'rita@verein.example',
    password: PASSWORD,
    passwordConfirmation: PASSWORD,
    organisationName: 'Verein für Fachkräfte e. V.',
    legalForm: 'e. V.',
    street: 'Domplatz 1',
    postalCode: '39104',
    city: 'Magdeburg',
    ...overrides,
  };
}

/**
 * The token of the link (…?token= or …?invitation=) in the newest mail to an address, as the
 * recipient reads it: the stored body has a marker where the token is (ADR 024), and the token
 * waits in `Mail.linkToken` until the mail is sent or the link is used, revoked or expired.
 */
export async function linkFromMail(to: string, parameter: 'token' | 'invitation'): Promise<string> {
  const mail = await db.mail.findFirstOrThrow({ where: { to }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], select: { body: true, linkToken: true } });
  const body = bodyWithToken(mail.body, mail.linkToken);
  const match = body.match(new RegExp(`https?://\\S+[?&]${parameter}=([A-Za-z0-9_-]+)`));
  if (!match || match[1] === LINK_TOKEN_MARKER) throw new Error(`no live ${parameter} link in the mail to ${to}:\n${body}`);
  return match[1]!;
}
