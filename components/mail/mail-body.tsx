import { splitLinks } from '@/lib/mail/split-links';

/** A plain-text mail body: rendered as text, with its http(s) links as anchors. */
export function MailBody({ body }: { body: string }) {
  return (
    <div className="whitespace-pre-wrap break-words rounded border border-gray-300 bg-gray-50 p-3 font-mono text-sm">
      {splitLinks(body).map((segment, index) =>
        segment.kind === 'link' ? (
          <a key={index} href={segment.href} className="break-all text-brand-700 underline">
            {segment.href}
          </a>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </div>
  );
}
