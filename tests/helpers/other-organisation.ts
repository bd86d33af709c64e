import { db } from '@/lib/db';
import { createUser } from '@/lib/users/create-user';
import type { ScopeActor } from '@/lib/auth/scope';

/** An applicant of a second organisation, for scoping tests. */
export async function createOrganisationApplicant(email: string): Promise<ScopeActor> {
  const organisation = await db.organisation.create({ data: { name: `Andere Organisation ${email}` }, select: { id: true } });
  const user = await createUser({
    email,
    name: 'Fremde Person',
    password: 'ein-langes-Passwort-2026',
    role: 'APPLICANT',
    organisationId: organisation.id,
    emailConfirmed: true,
    actorId: null,
  });
  return { id: user.id, role: user.role, organisationId: user.organisationId };
}
