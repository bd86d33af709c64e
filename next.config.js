// @ts-check
const createNextIntlPlugin = require('next-intl/plugin');

// Messages are precompiled at build time (next-intl's catalog loader): no ICU parsing per
// request on the server, and no ICU parser in the browser (ADR 010).
const withNextIntl = createNextIntlPlugin({
  requestConfig: './lib/i18n/request.ts',
  experimental: { messages: { path: './lib/i18n/messages', format: 'json', precompile: true } },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // No ETag hashing of every cached page per response (an FNV hash over ~100 kB of HTML in
  // JavaScript, the largest cost of serving /standards from the cache); the cache headers
  // already say how long a copy stays fresh (ADR 011).
  generateEtags: false,
  // forbidden() → 403 with app/forbidden.tsx (docs/decisions/004-authentication-and-authorization.md)
  experimental: { authInterrupts: true },
  // Native and wasm packages stay outside the server bundle.
  serverExternalPackages: ['@node-rs/argon2', '@electric-sql/pglite', '@electric-sql/pglite-socket', 'pg'],
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
