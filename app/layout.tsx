/**
 * Every page has its document in app/[locale]/layout.tsx; this root only passes through, so that
 * app/not-found.tsx can answer the few URLs next.config.js does not send to a locale (ADR 011).
 */
export default function PassThroughLayout({ children }: { children: React.ReactNode }) {
  return children;
}
