import { useTranslations } from 'next-intl';
import { LINK_TOKEN_MARKER } from '@/lib/mail/mail-link-token';
import { splitLinks } from '@/lib/mail/split-links';

/**
 * A plain-text mail body: rendered as text, with its http(s) links as anchors — except a link
 * whose token is gone (used, revoked, expired or sent, ADR 024): that one stays text, with a note.
 */
export function MailBody({ body }: { body: string }) {
  const t = useTranslations('devMail');
  return (
    <div className="whitespace-pre-wrap break-words rounded border border-gray-300 bg-gray-50 p-3 font-mono text-sm">
      {splitLinks(body).map((segment, index) =>
        segment.kind === 'text' ? (
          <span key={index}>{segment.text}</span>
        ) : segment.href.includes(LINK_TOKEN_MARKER) ? (
          <span key={index}>
            <span className="break-all">{segment.href}</span>
            <strong className="block break-normal font-sans font-semibold" data-testid="link-removed">
              {t('linkRemoved')}
            </strong>
          </span>
        ) : (
          <a key={index} href={segment.href} className="break-all text-brand-700 underline">
            {segment.href}
          </a>
        ),
      )}
    </div>
  );
}
