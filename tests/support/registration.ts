import { db } from '@/lib/db';
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

/** The link (…?token= or …?invitation=) in the newest mail to an address. */
export async function linkFromMail(to: string, parameter: 'token' | 'invitation'): Promise<string> {
  const mail = await db.mail.findFirstOrThrow({ where: { to }, orderBy: { createdAt: 'desc' }, select: { body: true } });
  const match = mail.body.match(new RegExp(`https?://\\S+[?&]${parameter}=([A-Za-z0-9_-]+)`));
  if (!match) throw new Error(`no ${parameter} link in the mail to ${to}:\n${mail.body}`);
  return match[1]!;
}
