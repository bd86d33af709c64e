import './globals.css';

/**
 * 404 for URLs outside the locale segment (next.config.ts sends every page path to app/[locale]/, so
 * this answers only unknown paths under /api and the like). No message catalogue reaches it:
 * the one sentence stands in both languages.
 */
export default function GlobalNotFound() {
  return (
    <html lang="de">
      <body className="mx-auto max-w-3xl px-4 py-8 font-sans text-ink">
        <main>
          <h1 className="mb-4 text-3xl font-bold text-brand-900">Seite nicht gefunden</h1>
          <p lang="en" className="mb-6">
            Page not found.
          </p>
          {/* A plain link: this boundary is part of every page's tree, and next/link here would
              put ~3 kB into every public page's first-load JS (ADR 010). */}
          <a href="/" className="text-brand-800 underline">
            Standards-Portal
          </a>
        </main>
      </body>
    </html>
  );
}
