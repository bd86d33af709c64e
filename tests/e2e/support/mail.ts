import { expect } from '@playwright/test';
import { withDatabase } from './fixtures';
import { E2E } from './e2e-env';

/** The path and query of the link with `parameter` in the newest mail to `to` (from the Mail table). */
export async function linkFromMail(to: string, parameter: 'token' | 'invitation'): Promise<string> {
  const body = await withDatabase(async (db) => {
    const result = await db.query<{ body: string }>(`SELECT body FROM "Mail" WHERE "to" = $1 ORDER BY "createdAt" DESC LIMIT 1`, [to]);
    return result.rows[0]?.body ?? '';
  });
  const match = body.match(new RegExp(`https?://\\S+[?&]${parameter}=[A-Za-z0-9_-]+`));
  expect(match, `a ${parameter} link in the mail to ${to}`).not.toBeNull();
  const url = new URL(match![0]);
  expect(url.origin).toBe(E2E.baseUrl);
  return `${url.pathname}${url.search}`;
}
