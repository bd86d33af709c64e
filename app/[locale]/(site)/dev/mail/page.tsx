import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { getEnv } from '@/lib/env';
import { isLoopbackRequest } from '@/lib/http/is-loopback-request';
import { listMailLog, MAIL_LOG_LIMIT } from '@/lib/mail/list-mail-log';
import { MailBody } from '@/components/mail/mail-body';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('devMail');
  return { title: t('title'), robots: { index: false, follow: false } };
}

/**
 * Developer tool: the mail log. Exists only while the app runs on the embedded database
 * (PORTAL_EMBEDDED=1, `npm start` without DATABASE_URL); anywhere else — production — 404.
 * No sign-in: it is the local developer's inbox, so it answers only requests from this machine
 * (lib/http/is-loopback-request.ts), everyone else gets 404 (ADR 024). A mail's link shows only
 * while it still works (lib/mail/list-mail-log.ts).
 */
export default async function DevMailPage() {
  if (getEnv().PORTAL_EMBEDDED !== '1' || !(await isLoopbackRequest())) notFound();
  const [t, format, mails] = await Promise.all([getTranslations('devMail'), getFormatter(), listMailLog()]);
  return (
    <>
      <h1 className="mb-2 text-3xl font-bold text-brand-900">{t('title')}</h1>
      <p className="mb-6 max-w-2xl">{t('intro', { limit: MAIL_LOG_LIMIT })}</p>
      {mails.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ol className="space-y-8" data-testid="mail-log">
          {mails.map((mail) => (
            <li key={mail.id}>
              <article aria-labelledby={`mail-${mail.id}`}>
                <h2 id={`mail-${mail.id}`} className="mb-2 text-xl font-bold text-brand-900">
                  {mail.subject}
                </h2>
                <dl className="mb-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
                  <dt className="font-semibold">{t('to')}</dt>
                  <dd className="break-all">{mail.to}</dd>
                  <dt className="font-semibold">{t('createdAt')}</dt>
                  <dd>
                    <time dateTime={mail.createdAt.toISOString()}>
                      {format.dateTime(mail.createdAt, { dateStyle: 'medium', timeStyle: 'medium' })}
                    </time>
                  </dd>
                  <dt className="font-semibold">{t('status')}</dt>
                  <dd>{t(`statuses.${mail.status}`)}</dd>
                </dl>
                <MailBody body={mail.body} />
              </article>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
