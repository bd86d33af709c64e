import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { pageLocale, type LocaleParams } from '@/lib/i18n/page-locale';
import { getLegalText } from '@/lib/legal/get-legal-text';
import { parseLegalText, type LegalPage } from '@/lib/legal/legal-pages';
import { PageHeader } from '@/components/ui/page-header';
import { LegalBlocks } from '@/components/legal/legal-blocks';
import { AccessibilityStatement } from '@/components/legal/accessibility-statement';
import { getSettings } from '@/lib/settings/get-settings';

const TITLE_KEYS = { impressum: 'imprint', datenschutz: 'privacy', barrierefreiheit: 'accessibility' } as const;

/**
 * A legal page: the operator's text from „Einstellungen“ in the page's language. The
 * Barrierefreiheitserklärung first shows its structured parts from the settings (ADR 030); its
 * free text follows under „Weitere Hinweise“ and may be empty there.
 */
export async function LegalPageView({ page }: { page: LegalPage }) {
  const statement = page === 'barrierefreiheit';
  const [t, tLegal, tStatement, locale, stored, settings] = await Promise.all([
    getTranslations('shell'),
    getTranslations('legal'),
    getTranslations('accessibility'),
    getLocale(),
    getLegalText({ page }),
    statement ? getSettings() : null,
  ]);
  const source = stored ? stored[locale].trim() : '';
  const placeholder = stored && !stored.edited && source ? <p className="rounded bg-yellow-50 p-3 text-sm">{tLegal('placeholderNotice')}</p> : null;
  if (settings) {
    return (
      <article className="max-w-3xl">
        <PageHeader title={t(TITLE_KEYS[page])} />
        <AccessibilityStatement settings={settings} />
        {source && (
          <section aria-labelledby="a11y-more">
            <h2 id="a11y-more" className="mb-2 mt-8 text-2xl font-semibold text-brand-900">
              {tStatement('more.heading')}
            </h2>
            {placeholder}
            <LegalBlocks blocks={parseLegalText(source)} headingLevel={3} />
          </section>
        )}
      </article>
    );
  }
  return (
    <article className="max-w-3xl">
      <PageHeader title={t(TITLE_KEYS[page])}>{placeholder}</PageHeader>
      {source ? <LegalBlocks blocks={parseLegalText(source)} /> : <p>{tLegal('missing')}</p>}
    </article>
  );
}

/**
 * The route of a legal page (app/[locale]/(public)/(legal)/<page>/page.tsx): the same bytes for
 * every visitor per language, rendered on the first request (the build has no database) and then
 * served from Next's cache; saving the text revalidates it (ADR 011).
 */
export function legalPageRoute(page: LegalPage) {
  async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
    const t = await getTranslations({ locale: await pageLocale(params), namespace: 'shell' });
    return { title: t(TITLE_KEYS[page]) };
  }
  async function LegalRoute({ params }: { params: LocaleParams }) {
    await pageLocale(params);
    return <LegalPageView page={page} />;
  }
  return { generateMetadata, LegalRoute };
}
