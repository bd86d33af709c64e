/**
 * The visitor's pages (nobody signed in): the public pages, sign-in and registration, the links
 * from mails. Groups of tests/e2e/accessibility.spec.ts (./kit.ts).
 */
import { randomUUID } from 'node:crypto';
import { registerApplicant } from '@/lib/registration/register-applicant';
import { requestPasswordReset } from '@/lib/users/request-password-reset';
import { inviteStaff } from '@/lib/users/invite-staff';
import { BASE_URL, linkFromMail, registration } from '@/tests/support/registration';
import { createTestUser, demoActors } from '../factories';
import { DEMO, DEMO_PASSWORD, expect, fillSignInForm } from '../fixtures';
import { showsHeading, submitEmpty, type A11yGroup } from './kit';

export const VISITOR_PUBLIC_PAGES: A11yGroup = {
  name: 'visitor: public pages',
  as: 'visitor',
  cases: [
    { name: 'start page', path: '/' },
    { name: 'standards catalogue', path: '/standards' },
    { name: 'standards catalogue, version 1', path: '/standards/1' },
    { name: 'Impressum', path: '/impressum' },
    { name: 'Datenschutzerklärung', path: '/datenschutz' },
    { name: 'Barrierefreiheitserklärung', path: '/barrierefreiheit' },
    { name: 'page not found', path: '/gibt-es-nicht' },
  ],
};

export const VISITOR_SIGN_IN: A11yGroup = {
  name: 'visitor: sign-in, registration and invitations',
  as: 'visitor',
  arrange: async () => {
    // A live confirmation link of a registration, and an administrator's invitation to a staff account, as their mails carry them.
    const registered = `neu-${randomUUID().slice(0, 8)}@traeger.example`;
    await registerApplicant({ input: registration({ email: registered, organisationName: `Träger ${randomUUID().slice(0, 8)}` }), locale: 'de', baseUrl: BASE_URL });
    const { admin } = await demoActors();
    const invited = `neu-${randomUUID().slice(0, 8)}@portal.example`;
    await inviteStaff({ actor: admin, input: { email: invited, role: 'OFFICER' }, locale: 'de', baseUrl: BASE_URL });
    return { confirmToken: await linkFromMail(registered, 'token'), staffInvitation: await linkFromMail(invited, 'invitation') };
  },
  cases: [
    { name: 'sign-in', path: '/login' },
    {
      name: 'sign-in, wrong password',
      path: '/login',
      state: async (page) => {
        await fillSignInForm(page, 'niemand@demo.example', 'falsch-falsch-falsch');
        await expect(page.getByTestId('form-error')).toBeVisible();
      },
    },
    {
      name: 'sign-in, code step (two factors)',
      path: '/login',
      state: async (page) => {
        await page.getByLabel('E-Mail-Adresse').fill(DEMO.OFFICER.email);
        await page.getByLabel('Passwort', { exact: true }).fill(DEMO_PASSWORD);
        await page.getByRole('button', { name: 'Anmelden' }).click();
        await expect(page.getByTestId('sign-in-code-step')).toBeVisible();
      },
    },
    { name: 'registration', path: '/register' },
    { name: 'registration with errors', path: '/register', state: submitEmpty('Registrieren') },
    { name: 'registration, unknown invitation', path: '/register?invitation=unbekannt' },
    { name: 'staff invitation: setting up the account', path: (d) => `/register?invitation=${d.staffInvitation}`, state: showsHeading('Konto einrichten') },
    { name: 'staff invitation with errors', path: (d) => `/register?invitation=${d.staffInvitation}`, state: submitEmpty('Konto einrichten') },
    { name: 'confirmation link, invalid', path: '/register/confirm?token=ungueltig' },
    { name: 'confirmation link: the registration to confirm', path: (d) => `/register/confirm?token=${d.confirmToken}` },
  ],
};

export const VISITOR_LINKS: A11yGroup = {
  name: 'visitor: new links and passwords',
  as: 'visitor',
  arrange: async () => {
    // A live password-reset link, as its mail carries it.
    const resetUser = await createTestUser({ role: 'APPLICANT', name: 'Rita Reset' });
    await requestPasswordReset({ input: { email: resetUser.email }, clientIp: 'unknown', baseUrl: BASE_URL });
    return { resetToken: await linkFromMail(resetUser.email, 'token') };
  },
  cases: [
    { name: 'new confirmation link', path: '/register/resend' },
    { name: 'new confirmation link with errors', path: '/register/resend', state: submitEmpty('Neuen Link anfordern') },
    { name: 'password forgotten', path: '/password/forgot' },
    { name: 'password forgotten with errors', path: '/password/forgot', state: submitEmpty('Link anfordern') },
    { name: 'password reset, invalid link', path: '/password/reset?token=ungueltig' },
    { name: 'password reset form', path: (d) => `/password/reset?token=${d.resetToken}` },
    { name: 'password reset form with errors', path: (d) => `/password/reset?token=${d.resetToken}`, state: submitEmpty('Passwort speichern') },
  ],
};
