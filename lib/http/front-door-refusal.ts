/**
 * Requests the front door (scripts/serve.ts) answers itself, before Next, because Next would
 * answer them with a 500 (ADR 031): a Server Action whose body is over Next's limit for action
 * bodies (1 MB; Next throws „Body exceeded 1 MB limit“ inside the action handler), and a path
 * with a malformed percent-escape (`/projects/%E0%A4%A`: Next's decodeURIComponent throws). The
 * answer is a short text in the visitor's language (the NEXT_LOCALE cookie). Node's http only:
 * no Next code runs here.
 */
import type { IncomingMessage } from 'node:http';
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE } from '@/lib/i18n/config';
import { MESSAGES } from '@/lib/i18n/messages';

/** Next's default `serverActions.bodySizeLimit` (next.config.js sets none). Uploads go to a route handler (10 MB per file). */
export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;

export type FrontDoorRefusal = { status: 400 | 413; headers: Record<string, string>; body: string };

function hasMalformedEscape(url: string): boolean {
  const path = url.split('?')[0] ?? '';
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}

/** The visitor's language from the language cookie (the front door runs before Next: no next/headers), else the default. */
function messages(request: Pick<IncomingMessage, 'headers'>) {
  const pair = (request.headers.cookie ?? '').split(';').map((part) => part.trim()).find((part) => part.startsWith(`${LOCALE_COOKIE}=`));
  const locale = pair?.slice(LOCALE_COOKIE.length + 1);
  return MESSAGES[isLocale(locale) ? locale : DEFAULT_LOCALE].frontDoor;
}

export function frontDoorRefusal(request: Pick<IncomingMessage, 'method' | 'url' | 'headers'>): FrontDoorRefusal | null {
  const refuse = (status: 400 | 413, key: keyof ReturnType<typeof messages>): FrontDoorRefusal => ({
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'close' },
    body: messages(request)[key],
  });
  if (hasMalformedEscape(request.url ?? '/')) return refuse(400, 'badAddress');
  const length = Number(request.headers['content-length']);
  if (request.method === 'POST' && request.headers['next-action'] && Number.isFinite(length) && length > ACTION_BODY_LIMIT_BYTES) return refuse(413, 'bodyTooLarge');
  return null;
}
