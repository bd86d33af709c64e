import { db } from '@/lib/db';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { hashPassword } from '@/lib/auth/password';
import { createUserSchema, type CreateUserInput } from '@/lib/users/create-user-schema';
import { normaliseEmail } from '@/lib/users/normalise-email';
import { Prisma } from '@/lib/generated/prisma/client';

export class EmailTakenError extends Error {
  constructor(readonly email: string) {
    super(`Die E-Mail-Adresse ${email} ist bereits vergeben.`);
    this.name = 'EmailTakenError';
  }
}

/**
 * Creates a user with an Argon2id password hash and records it in the audit log, in one
 * transaction. Applicants need an organisation; officers and admins have none.
 */
export async function createUser({ actorId, ...input }: CreateUserInput & { actorId: string | null }) {
  const data = createUserSchema.parse({ ...input, email: normaliseEmail(input.email) });
  const passwordHash = await hashPassword(data.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          email: data.email,
          name: data.name,
          passwordHash,
          role: data.role,
          organisationId: data.organisationId,
          emailConfirmedAt: data.emailConfirmed ? new Date() : null,
        },
        select: { id: true, email: true, name: true, role: true, organisationId: true },
      });
      await recordAuditEvent({
        db: tx,
        actorId,
        action: 'user.created',
        subjectType: 'User',
        subjectId: user.id,
        details: { email: user.email, role: user.role, organisationId: user.organisationId },
      });
      return user;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new EmailTakenError(data.email);
    }
    throw error;
  }
}
