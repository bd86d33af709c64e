import Link from 'next/link';
import { buttonClass } from '@/components/ui/button-classes';

/** „Zwei-Faktor-Anmeldung“ on „Mein Konto“: on or off, and the way to /account/two-factor. */
export function TwoFactorSection({
  enabled,
  texts,
}: {
  enabled: boolean;
  texts: { heading: string; on: string; off: string; manage: string; enable: string };
}) {
  return (
    <section aria-labelledby="two-factor-heading" className="mb-10 max-w-3xl" data-testid="two-factor-section">
      <h2 id="two-factor-heading" className="mb-4 text-2xl font-bold text-brand-900">
        {texts.heading}
      </h2>
      <p className="mb-4">{enabled ? texts.on : texts.off}</p>
      <Link href="/account/two-factor" className={buttonClass(enabled ? 'secondary' : 'primary')}>
        {enabled ? texts.manage : texts.enable}
      </Link>
    </section>
  );
}
