/**
 * The portal always keeps an active administrator: nobody demotes or disables themselves, and of
 * two administrators acting on each other at the same moment only the first succeeds (the rows
 * are locked in one transaction, lib/users/lock-account-change.ts). Own file: it needs a database
 * with exactly the administrators it makes.
 */
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { DomainError } from '@/lib/errors';
import { changeUserRole } from '@/lib/users/change-user-role';
import { setUserDisabled } from '@/lib/users/set-user-disabled';
import { createTestUser } from '@/tests/support/factories';

const activeAdmins = () => db.user.count({ where: { role: 'ADMIN', disabledAt: null } });

describe('the last active administrator', () => {
  it('two administrators demoting each other at the same moment: exactly one succeeds', async () => {
    const a = await createTestUser({ role: 'ADMIN', email: 'a@land.example' });
    const b = await createTestUser({ role: 'ADMIN', email: 'b@land.example' });
    const results = await Promise.allSettled([
      changeUserRole({ actor: a, userId: b.id, input: { role: 'OFFICER' } }),
      changeUserRole({ actor: b, userId: a.id, input: { role: 'OFFICER' } }),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const refused = (results.find((result) => result.status === 'rejected') as PromiseRejectedResult).reason;
    expect(refused).toBeInstanceOf(DomainError);
    expect(refused.code).toBe('lastAdmin');
    expect(await activeAdmins()).toBe(1);
    expect(await db.auditEvent.count({ where: { action: 'user.role-changed' } })).toBe(1);

    // The one left cannot demote or disable themselves.
    const left = (await db.user.findFirstOrThrow({ where: { role: 'ADMIN', disabledAt: null }, select: { id: true, role: true, organisationId: true } })) as {
      id: string;
      role: 'ADMIN';
      organisationId: null;
    };
    await expect(changeUserRole({ actor: left, userId: left.id, input: { role: 'OFFICER' } })).rejects.toMatchObject({ code: 'ownAccount' });
    await expect(setUserDisabled({ actor: left, userId: left.id, input: { disabled: true } })).rejects.toMatchObject({ code: 'ownAccount' });
    expect(await activeAdmins()).toBe(1);
  });

  it('one disabling while the other demotes: exactly one succeeds, an active administrator stays', async () => {
    await db.user.updateMany({ where: { role: 'ADMIN' }, data: { role: 'OFFICER' } });
    const c = await createTestUser({ role: 'ADMIN', email: 'c@land.example' });
    const d = await createTestUser({ role: 'ADMIN', email: 'd@land.example' });
    const results = await Promise.allSettled([
      setUserDisabled({ actor: c, userId: d.id, input: { disabled: true } }),
      changeUserRole({ actor: d, userId: c.id, input: { role: 'OFFICER' } }),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    expect((results.find((result) => result.status === 'rejected') as PromiseRejectedResult).reason).toMatchObject({ code: 'lastAdmin' });
    expect(await activeAdmins()).toBe(1);
  });

  it('with a third administrator, the loser of the race is no longer allowed to act', async () => {
    const e = await createTestUser({ role: 'ADMIN', email: 'e@land.example' });
    const f = await createTestUser({ role: 'ADMIN', email: 'f@land.example' });
    await changeUserRole({ actor: e, userId: f.id, input: { role: 'OFFICER' } });
    // f acts with the actor of a request begun before the demotion.
    await expect(setUserDisabled({ actor: f, userId: e.id, input: { disabled: true } })).rejects.toMatchObject({ code: 'forbidden' });
  });
});
