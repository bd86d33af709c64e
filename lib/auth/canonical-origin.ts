import { createTranslator } from 'next-intl';
import { de, en } from '@/lib/i18n/messages';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * With NEXTAUTH_URL set (a server), the portal lives at that one origin: a page requested under
 * another host name (http://127.0.0.1:3000 for http://localhost:3000) is answered with 421 and
 * sent on to the same path there (`Refresh`, and a link) before any form is shown — so the
 * sign-in cookie is always set for the host it is used on. Not a 3xx: Next turns a Location on
 * the host it calls itself (`localhost`) into a relative one, which would loop. Without
 * NEXTAUTH_URL (the embedded quick start) every host is served as it is: null.
 */
export function misdirectedResponse(request: { url: string; headers: Headers }): Response | null {
  const configured = process.env.NEXTAUTH_URL;
  if (!configured) return null;
  const canonical = new URL(configured);
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  if (!host || host === canonical.host) return null;
  const url = new URL(request.url);
  const target = new URL(`${url.pathname}${url.search}`, canonical.origin).toString();
  const parts = [de, en].map((messages, index) => {
    const t = createTranslator({ locale: index === 0 ? 'de' : 'en', messages, namespace: 'shell.misdirected' });
    return `<section lang="${index === 0 ? 'de' : 'en'}"><h${index + 1}>${escape(t('title'))}</h${index + 1}><p>${escape(t('text', { url: canonical.origin }))}</p><p><a href="${escape(target)}">${escape(t('link'))}</a></p></section>`;
  });
  const html = `<!doctype html><html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Standards-Portal</title></head><body><main>${parts.join('')}</main></body></html>`;
  return new Response(html, {
    status: 421,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', Refresh: `0; url=${target}` },
  });
}
