/**
 * GET /api/me: who is signed in, for the header of the cached public pages
 * (components/shell/session-context.tsx). Name and role only, never cached, and a user
 * disabled since sign-in counts as signed out.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { GET } from '@/app/api/me/route';
import { seed } from '@/prisma/seed/seed';
import { createTestUser, demoActors, disableTestUser, type TestUser } from '@/tests/support/factories';
import { signIn } from '@/tests/support/next-request';

vi.mock('next-auth', () => import('@/tests/support/next-request').then((m) => m.nextAuthModule));
vi.mock('next/headers', () => import('@/tests/support/next-request').then((m) => m.nextHeadersModule));

let officer: TestUser;

beforeAll(async () => {
  await seed({ demo: true });
  ({ officer } = await demoActors());
});

describe('GET /api/me', () => {
  it('answers anonymous visitors with no user, and is never cached', async () => {
    signIn(null);
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(await response.json()).toEqual({ user: null });
  });

  it('names the signed-in user, role and unread notifications, nothing more', async () => {
    signIn(officer);
    expect(await (await GET()).json()).toEqual({ user: { name: 'Paul Prüfung', role: 'OFFICER', unreadNotifications: 0 } });
  });

  it('treats a user disabled since sign-in as signed out', async () => {
    const user = await createTestUser({ role: 'APPLICANT', email: 'gesperrt@me.example' });
    signIn(user);
    expect((await (await GET()).json()).user).toMatchObject({ role: 'APPLICANT' });
    await disableTestUser({ userId: user.id });
    expect(await (await GET()).json()).toEqual({ user: null });
  });
});
