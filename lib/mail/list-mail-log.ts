import { db } from '@/lib/db';

export const MAIL_LOG_LIMIT = 100;

/** The mail log (/dev/mail): the newest mails first. */
export async function listMailLog({ limit = MAIL_LOG_LIMIT }: { limit?: number } = {}) {
  return db.mail.findMany({
    select: { id: true, to: true, subject: true, body: true, status: true, createdAt: true, sentAt: true, lastError: true },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: limit,
  });
}
