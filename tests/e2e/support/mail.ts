import { expect } from '@playwright/test';
import { withDatabase } from './fixtures';
import { E2E } from './e2e-env';
import { bodyWithToken } from '@/lib/mail/mail-link-token';

/**
 * The path and query of the link with `parameter` in the newest mail to `to`, as the recipient
 * reads it: the Mail table keeps a marker where the token is and the token itself in
 * "linkToken" until the mail is sent or the link is used, revoked or expired (ADR 024). Waits a
 * little for the mail: some are stored by a job after the answer (a new confirmation link).
 */
export async function linkFromMail(to: string, parameter: 'token' | 'invitation'): Promise<string> {
  const pattern = new RegExp(`https?://\\S+[?&]${parameter}=[A-Za-z0-9_-]+`);
  let link = '';
  await expect
    .poll(
      async () => {
        const mail = await withDatabase(async (db) => {
          const result = await db.query<{ body: string; linkToken: string | null }>(
            `SELECT body, "linkToken" FROM "Mail" WHERE "to" = $1 ORDER BY "createdAt" DESC, id DESC LIMIT 1`,
            [to],
          );
          return result.rows[0];
        });
        if (!mail?.linkToken) return '';
        link = bodyWithToken(mail.body, mail.linkToken).match(pattern)?.[0] ?? '';
        return link;
      },
      { message: `a live ${parameter} link in the mail to ${to}`, timeout: 15_000 },
    )
    .not.toBe('');
  const url = new URL(link);
  expect(url.origin).toBe(E2E.baseUrl);
  return `${url.pathname}${url.search}`;
}
