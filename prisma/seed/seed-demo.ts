import { db } from '@/lib/db';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { createUser } from '@/lib/users/create-user';
import { sealSecret } from '@/lib/two-factor/secret-box';
import { twoFactorRequired } from '@/lib/two-factor/two-factor-policy';
import type { Role } from '@/lib/generated/prisma/enums';

export const DEMO_ORGANISATION = {
  name: 'Demo-Projektträger e. V.',
  legalForm: 'eingetragener Verein',
  street: 'Musterstraße 1',
  postalCode: '39104',
  city: 'Magdeburg',
};

export const DEMO_PASSWORD = 'Demo!Passwort2026';

/**
 * The TOTP secret of the demo funding officer and administrator (two-factor sign-in is mandatory
 * for staff, ADR 023): add it to an authenticator app by hand (README, "Demo accounts"). Demo only.
 */
export const DEMO_TOTP_SECRET = 'PORTALDEMOPORTALDEMOPORTALDEMO23';

export const DEMO_USERS: { email: string; name: string; role: Role }[] = [
  { email: 'antrag@demo.example', name: 'Anna Antrag', role: 'APPLICANT' },
  { email: 'pruefung@demo.example', name: 'Paul Prüfung', role: 'OFFICER' },
  { email: 'admin@demo.example', name: 'Ada Admin', role: 'ADMIN' },
];

/**
 * Demo organisation and one account per role (README, "Demo accounts"); the staff accounts with
 * two-factor sign-in on DEMO_TOTP_SECRET (sealed with AUTH_SECRET, which therefore must be the
 * app's). Idempotent: existing rows are left as they are, except that demo staff without
 * two-factor sign-in get it.
 */
export async function seedDemo(): Promise<{ createdUsers: number }> {
  let organisation = await db.organisation.findFirst({
    where: { name: DEMO_ORGANISATION.name },
    select: { id: true },
  });
  if (!organisation) {
    organisation = await db.$transaction(async (tx) => {
      const created = await tx.organisation.create({ data: DEMO_ORGANISATION, select: { id: true } });
      await recordAuditEvent({
        db: tx,
        actorId: null,
        action: 'organisation.created',
        subjectType: 'Organisation',
        subjectId: created.id,
        details: { name: DEMO_ORGANISATION.name, source: 'seed --demo' },
      });
      return created;
    });
  }

  const existing = await db.user.findMany({
    where: { email: { in: DEMO_USERS.map((user) => user.email) } },
    select: { email: true },
  });
  const known = new Set(existing.map((user) => user.email));
  const missing = DEMO_USERS.filter((user) => !known.has(user.email));
  for (const user of missing) {
    await createUser({
      ...user,
      password: DEMO_PASSWORD,
      organisationId: user.role === 'APPLICANT' ? organisation.id : null,
      emailConfirmed: true,
      actorId: null,
    });
  }
  await enrolDemoStaff();
  return { createdUsers: missing.length };
}

/** Two-factor sign-in on DEMO_TOTP_SECRET for the demo staff who have none, with the audit event. */
async function enrolDemoStaff() {
  const staff = await db.user.findMany({
    where: { email: { in: DEMO_USERS.filter((user) => twoFactorRequired(user.role)).map((user) => user.email) }, totpEnabledAt: null },
    select: { id: true },
  });
  for (const user of staff) {
    await db.$transaction(async (tx) => {
      const now = new Date();
      await tx.user.update({
        where: { id: user.id },
        data: { totpSecret: sealSecret({ plaintext: DEMO_TOTP_SECRET, userId: user.id }), totpPendingSecret: null, totpEnabledAt: now },
        select: { id: true },
      });
      await recordAuditEvent({
        db: tx,
        actorId: null,
        action: 'user.two-factor-enabled',
        subjectType: 'User',
        subjectId: user.id,
        details: { after: { totpEnabledAt: now.toISOString() }, source: 'seed --demo' },
      });
    });
  }
}
