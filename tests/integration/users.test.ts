import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { db } from '@/lib/db';
import { createUser, EmailTakenError } from '@/lib/users/create-user';
import { verifyPassword } from '@/lib/auth/password';

describe('createUser', () => {
  it('stores a lower-case e-mail, an Argon2id hash and an audit event', async () => {
    const user = await createUser({
      email: ' Neue.Admin@Example.ORG ',
      name: 'Neue Admin',
      password: 'ein-langes-Passwort-2026',
      role: 'ADMIN',
      organisationId: null,
      emailConfirmed: true,
      actorId: null,
    });
    expect(user.email).toBe('neue.admin@example.org');
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(row.passwordHash, 'ein-langes-Passwort-2026')).toBe(true);
    expect(await verifyPassword(row.passwordHash, 'ein-langes-Passwort-2027')).toBe(false);
    const events = await db.auditEvent.findMany({ where: { subjectId: user.id }, select: { action: true, details: true } });
    expect(events).toEqual([{ action: 'user.created', details: { email: 'neue.admin@example.org', role: 'ADMIN', organisationId: null } }]);
  });

  it('refuses a second account with the same address in other letter case', async () => {
    const input = { name: 'X', password: 'ein-langes-Passwort-2026', role: 'OFFICER' as const, organisationId: null, actorId: null };
    await createUser({ ...input, email: 'doppelt@example.org' });
    await expect(createUser({ ...input, email: 'DOPPELT@example.org' })).rejects.toBeInstanceOf(EmailTakenError);
    expect(await db.user.count({ where: { email: 'doppelt@example.org' } })).toBe(1);
  });

  it('refuses short passwords and applicants without organisation', async () => {
    await expect(
      createUser({ email: 'kurz@example.org', name: 'K', password: 'zu-kurz', role: 'OFFICER', organisationId: null, actorId: null }),
    ).rejects.toSatisfy((error) => error instanceof z.ZodError && error.issues[0]!.message === 'passwordTooShort');
    await expect(
      createUser({ email: 'ohne@example.org', name: 'O', password: 'ein-langes-Passwort-2026', role: 'APPLICANT', organisationId: null, actorId: null }),
    ).rejects.toSatisfy((error) => error instanceof z.ZodError && error.issues[0]!.message === 'organisationRequiredForApplicants');
    expect(await db.user.count({ where: { email: { in: ['kurz@example.org', 'ohne@example.org'] } } })).toBe(0);
  });

  it('is backed by the database: mixed-case addresses are refused even when written directly', async () => {
    await expect(
      db.$executeRaw`INSERT INTO "User" (id, email, name, "passwordHash", role, "updatedAt") VALUES ('raw1', 'Gross@Example.org', 'G', 'x', 'ADMIN', now())`,
    ).rejects.toThrow();
  });
});

describe('audit log', () => {
  it('is append-only: the database refuses UPDATE and DELETE', async () => {
    const event = await db.auditEvent.create({ data: { action: 'test.event', subjectType: 'Test' }, select: { id: true } });
    await expect(db.auditEvent.update({ where: { id: event.id }, data: { action: 'changed' } })).rejects.toThrow();
    await expect(db.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow();
    expect(await db.auditEvent.findUnique({ where: { id: event.id }, select: { action: true } })).toEqual({ action: 'test.event' });
  });
});
