import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { pageLocale, type LocaleParams } from '@/lib/i18n/page-locale';
import { getLegalText } from '@/lib/legal/get-legal-text';
import { parseLegalText, type LegalPage } from '@/lib/legal/legal-pages';
import { PageHeader } from '@/components/ui/page-header';
import { LegalBlocks } from '@/components/legal/legal-blocks';

const TITLE_KEYS = { impressum: 'imprint', datenschutz: 'privacy', barrierefreiheit: 'accessibility' } as const;

/** A legal page: the operator's text from „Einstellungen“ in the page's language. */
export async function LegalPageView({ page }: { page: LegalPage }) {
  const [t, tLegal, locale, stored] = await Promise.all([
    getTranslations('shell'),
    getTranslations('legal'),
    getLocale(),
    getLegalText({ page }),
  ]);
  const source = stored ? (locale === 'en' ? stored.en : stored.de) : '';
  return (
    <article className="max-w-3xl">
      <PageHeader title={t(TITLE_KEYS[page])}>
        {stored && !stored.edited && <p className="rounded bg-yellow-50 p-3 text-sm">{tLegal('placeholderNotice')}</p>}
      </PageHeader>
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
