import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { isLocale } from '@/lib/i18n/config';
import { pageLocale, type LocaleParams } from '@/lib/i18n/page-locale';
import { readLegalText, type LegalPage } from '@/lib/legal/read-legal-text';
import { PageHeader } from '@/components/ui/page-header';

const TITLE_KEYS = { impressum: 'imprint', datenschutz: 'privacy', barrierefreiheit: 'accessibility' } as const;

export async function LegalPageView({ page }: { page: LegalPage }) {
  const [t, tLegal, locale] = await Promise.all([getTranslations('shell'), getTranslations('legal'), getLocale()]);
  const blocks = await readLegalText({ page, locale: isLocale(locale) ? locale : 'de' });
  return (
    <article className="max-w-3xl">
      <PageHeader title={t(TITLE_KEYS[page])}>
        <p className="rounded bg-yellow-50 p-3 text-sm">{tLegal('placeholderNotice')}</p>
      </PageHeader>
      {blocks.map((block, index) =>
        block.kind === 'heading' ? (
          <h2 key={index} className="mb-2 mt-6 text-xl font-semibold text-brand-900">
            {block.text}
          </h2>
        ) : (
          <p key={index} className="mb-3">
            {block.text}
          </p>
        ),
      )}
    </article>
  );
}

/** The route of a legal page (app/[locale]/(public)/(legal)/<page>/page.tsx): its title and its view, for its locale. */
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
