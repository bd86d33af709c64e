// @ts-check
const { readdirSync } = require('node:fs');
const path = require('node:path');
const createNextIntlPlugin = require('next-intl/plugin');

/**
 * The languages: one message catalogue folder each (lib/i18n/messages/<code>/), so a new
 * language needs no change here. lib/i18n/config.ts holds the same list for the app, and the
 * default language and the cookie's name below; tests/unit/next-config.test.ts keeps them equal.
 */
const LOCALES = readdirSync(path.join(__dirname, 'lib/i18n/messages'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const DEFAULT_LOCALE = 'de';
const LOCALE_COOKIE = 'NEXT_LOCALE';

// Messages are precompiled at build time (next-intl's catalog loader): no ICU parsing per
// request on the server, and no ICU parser in the browser (ADR 010).
const withNextIntl = createNextIntlPlugin({
  requestConfig: './lib/i18n/request.ts',
  experimental: { messages: { path: './lib/i18n/messages', format: 'json', locales: LOCALES, precompile: true } },
});

/**
 * Every page lives under app/[locale]/; the URL never shows the segment (ADR 011). These rules
 * are Next's own routing, evaluated before any page code: a proxy (middleware) did the same
 * and cost ~3 ms of CPU on every request (ADR 012). `page` is every path but route handlers,
 * Next's files, files from public/ (a path with an extension) and paths that already start with
 * a locale (rules apply one after another: `/de/x` must not become `/de/de/x`). Locales:
 * the catalogue folders (above) — the rules are made from that list, so a new language needs no change here.
 * proxy.ts does the two cases left: the start page `/` (to `/de` or `/en`) and a locale typed
 * into the URL (`/de/standards` answers 404; the segment stays hidden).
 */
const PAGE = `/:path((?!api/|_next/|home$|(?:${LOCALES.join('|')})(?:/|$)|.*\\.[a-zA-Z0-9]+$).+)`;
/** The languages other than the default, each chosen by the language cookie. */
const CHOSEN = LOCALES.filter((locale) => locale !== DEFAULT_LOCALE).map((locale) => ({
  locale,
  has: [{ type: /** @type {const} */ ('cookie'), key: LOCALE_COOKIE, value: locale }],
}));
/** `?version=<number>` on /standards: an earlier catalogue version. */
const CATALOGUE_VERSION = { type: /** @type {const} */ ('query'), key: 'version', value: '(?<version>[1-9][0-9]{0,5})' };
/**
 * Anonymous visitors (no session cookie, http or https name) go to sign-in first;
 * lib/auth/guards.ts decides the rest. Not a Server Action's POST: a redirect would send it on
 * to /login (307 keeps the method), where the action does not exist; its guard answers 401,
 * and Next shows the sign-in form in place of the page (ADR 012).
 */
const NO_SESSION = [
  { type: /** @type {const} */ ('cookie'), key: 'next-auth.session-token' },
  { type: /** @type {const} */ ('cookie'), key: '__Secure-next-auth.session-token' },
  { type: /** @type {const} */ ('header'), key: 'next-action' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // No ETag hashing of every cached page per response (an FNV hash over ~100 kB of HTML in
  // JavaScript, the largest cost of serving /standards from the cache); the cache headers
  // already say how long a copy stays fresh (ADR 011).
  generateEtags: false,
  // Cached pages in each process's memory, their invalidation shared through PostgreSQL: a
  // publication reaches every process and instance at once (lib/cache/page-cache-handler.mjs, ADR 034).
  cacheHandler: require.resolve('./lib/cache/page-cache-handler.mjs'),
  cacheMaxMemorySize: 0,
  // forbidden() → 403 with app/forbidden.tsx (docs/decisions/004-authentication-and-authorization.md)
  // sri: `integrity` attributes on Next's script tags, so a cached page's policy can stay on
  // 'self' plus hashes (lib/http/content-security-policy.ts, ADR 026).
  experimental: { authInterrupts: true, sri: { algorithm: 'sha256' } },
  // Native and wasm packages stay outside the server bundle, and so does pdfkit (it reads its
  // own data files from node_modules at run time; ADR 027) with its font engine fontkit, which
  // lib/export/pdf-fonts.ts uses too: one copy, loaded by Node, for both.
  serverExternalPackages: ['@node-rs/argon2', '@electric-sql/pglite', '@electric-sql/pglite-socket', 'pg', 'pdfkit', 'fontkit'],
  async redirects() {
    return [
      {
        source: '/:target((?:projects|organisation|review|admin|notifications|account)(?:/.*)?)',
        missing: NO_SESSION,
        destination: '/login?callbackUrl=/:target',
        permanent: false,
      },
    ];
  },
  async rewrites() {
    return {
      beforeFiles: [
        // An earlier catalogue version, `/standards?version=1`: the cached page /standards/1
        // (app/[locale]/(public)/standards/[version]), so /standards never reads the query (ADR 011).
        ...CHOSEN.map(({ locale, has }) => ({ source: '/standards', has: [...has, CATALOGUE_VERSION], destination: `/${locale}/standards/:version` })),
        { source: '/standards', has: [CATALOGUE_VERSION], destination: `/${DEFAULT_LOCALE}/standards/:version` },
        ...CHOSEN.map(({ locale, has }) => ({ source: PAGE, has, destination: `/${locale}/:path` })),
        { source: PAGE, destination: `/${DEFAULT_LOCALE}/:path` },
      ],
    };
  },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
        ],
      },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
