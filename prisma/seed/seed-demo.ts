import { db } from '@/lib/db';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { createUser } from '@/lib/users/create-user';
import type { Role } from '@/lib/generated/prisma/enums';

export const DEMO_ORGANISATION = {
  name: 'Demo-Projektträger e. V.',
  legalForm: 'eingetragener Verein',
  street: 'Musterstraße 1',
  postalCode: '39104',
  city: 'Magdeburg',
};

export const DEMO_PASSWORD = 'Demo!Passwort2026';

export const DEMO_USERS: { email: string; name: string; role: Role }[] = [
  { email: 'antrag@demo.example', name: 'Anna Antrag', role: 'APPLICANT' },
  { email: 'pruefung@demo.example', name: 'Paul Prüfung', role: 'OFFICER' },
  { email: 'admin@demo.example', name: 'Ada Admin', role: 'ADMIN' },
];

/**
 * Demo organisation and one account per role (README, "Demo accounts"). Idempotent: existing
 * rows are left exactly as they are.
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
  return { createdUsers: missing.length };
}
