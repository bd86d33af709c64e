/**
 * Requests the front door (scripts/serve.ts, lib/http/front-door.ts) answers itself, before
 * Next, because Next would answer them with a 500 (ADR 031): a Server Action whose body is over
 * Next's limit for action bodies (1 MB; Next throws „Body exceeded 1 MB limit“ inside the action
 * handler) — by its Content-Length, or counted as it arrives when it has none —, a Server Action
 * body sent without Content-Length that is not the JSON React sends (Next's decodeReply throws),
 * and a path with a malformed percent-escape (`/projects/%E0%A4%A`: Next's decodeURIComponent
 * throws). The answer is a short text in the visitor's language (the NEXT_LOCALE cookie). Node's
 * http only: no Next code runs here.
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

type RequestHead = Pick<IncomingMessage, 'method' | 'url' | 'headers'>;

function refuse(request: RequestHead, status: 400 | 413, key: keyof ReturnType<typeof messages>): FrontDoorRefusal {
  return {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'close' },
    body: messages(request)[key],
  };
}

const isAction = (request: RequestHead) => request.method === 'POST' && Boolean(request.headers['next-action']);

/** Decided from the request line and headers alone (before any of the body is read). */
export function frontDoorRefusal(request: RequestHead): FrontDoorRefusal | null {
  if (hasMalformedEscape(request.url ?? '/')) return refuse(request, 400, 'badAddress');
  const length = Number(request.headers['content-length']);
  if (isAction(request) && Number.isFinite(length) && length > ACTION_BODY_LIMIT_BYTES) return tooLargeRefusal(request);
  return null;
}

/** A Server Action whose body comes without Content-Length (chunked): the front door counts it (lib/http/front-door.ts). */
export function hasUncountedActionBody(request: RequestHead): boolean {
  return isAction(request) && request.headers['content-length'] === undefined;
}

export function tooLargeRefusal(request: RequestHead): FrontDoorRefusal {
  return refuse(request, 413, 'bodyTooLarge');
}

/**
 * A counted action body Next could not decode: one that is not multipart must be JSON (React's
 * encodeReply sends the arguments as one JSON text; Next's decodeReply throws on anything else).
 */
export function actionBodyRefusal(request: RequestHead, body: Buffer): FrontDoorRefusal | null {
  if (/^multipart\/form-data/i.test(String(request.headers['content-type'] ?? ''))) return null;
  try {
    JSON.parse(body.toString('utf8'));
    return null;
  } catch {
    return refuse(request, 400, 'bodyMalformed');
  }
}
