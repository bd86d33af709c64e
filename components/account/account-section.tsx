/** One part of „Mein Konto“ (/account): a heading and its content, labelled by it. */
export function AccountSection({ id, heading, children }: { id: string; heading: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="mb-10 max-w-3xl">
      <h2 id={`${id}-heading`} className="mb-4 text-2xl font-bold text-brand-900">
        {heading}
      </h2>
      {children}
    </section>
  );
}
