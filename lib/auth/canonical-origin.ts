import { createTranslator } from 'next-intl';
import { DEFAULT_LOCALE, LOCALES } from '@/lib/i18n/config';
import { MESSAGES } from '@/lib/i18n/messages';
import { NOT_A_PAGE } from '@/lib/http/paths';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);


type Misdirected = { status: 421; headers: Record<string, string>; body: string };

/**
 * The same path and query at the canonical origin — never another host: the raw request path
 * may be `//evil.example/x` or `/\\evil.example` (Next would tidy those up, but this runs before
 * Next), which `new URL(path, origin)` reads as a host of their own.
 */
export function sameOriginTarget(path: string, origin: string): string {
  const { pathname, search } = new URL(path.replace(/^[\\/]+/, '/'), 'http://path.invalid');
  const target = new URL(`${pathname}${search}`, origin);
  return target.origin === new URL(origin).origin ? target.toString() : new URL('/', origin).toString();
}

/**
 * With NEXTAUTH_URL set (a server), the portal lives at that one origin: a page requested under
 * another host name (http://127.0.0.1:3000 for http://localhost:3000) is answered with 421 and
 * sent on to the same path there (`Refresh`, and a link) before any form is shown — so the
 * sign-in cookie is always set for the host it is used on. Not a 3xx: Next turns a Location on
 * the host it calls itself (`localhost`) into a relative one, which would loop. Without
 * NEXTAUTH_URL (the embedded quick start) every host is served as it is: null. Called by
 * scripts/serve.ts for every request, before Next (ADR 012).
 */
export function misdirectedResponse(request: { url?: string; headers: Record<string, string | string[] | undefined> }): Misdirected | null {
  const configured = process.env.NEXTAUTH_URL;
  if (!configured) return null;
  const path = request.url ?? '/';
  if (NOT_A_PAGE.test(path.split('?')[0]!)) return null;
  const canonical = new URL(configured);
  const header = request.headers['x-forwarded-host'] ?? request.headers.host;
  const host = Array.isArray(header) ? header[0] : header;
  if (!host || host === canonical.host) return null;
  const target = sameOriginTarget(path, canonical.origin);
  const parts = LOCALES.map((locale, index) => {
    const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'shell.misdirected' });
    const level = index === 0 ? 1 : 2;
    return `<section lang="${locale}"><h${level}>${escape(t('title'))}</h${level}><p>${escape(t('text', { url: canonical.origin }))}</p><p><a href="${escape(target)}">${escape(t('link'))}</a></p></section>`;
  });
  const body = `<!doctype html><html lang="${DEFAULT_LOCALE}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Standards-Portal</title></head><body><main>${parts.join('')}</main></body></html>`;
  return {
    status: 421,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', Refresh: `0; url=${target}` },
    body,
  };
}
