import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SiteFooter } from '@/components/shell/site-footer';
import { SkipLink } from '@/components/shell/skip-link';
import { ErrorTextsProvider } from '@/components/shell/error-texts';
import { pageLocale, type LocaleParams } from '@/lib/i18n/page-locale';
import '../globals.css';

type Props = { children: React.ReactNode; params: LocaleParams };

export async function generateMetadata({ params }: Omit<Props, 'children'>): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: 'meta' });
  return { title: { default: t('title'), template: `%s – ${t('title')}` }, description: t('description') };
}

/**
 * The document around every page. The locale segment is never in the browser's URL: next.config.js
 * rewrites `/standards` to `/de/standards` (or `/en/…`, from the language cookie), so pages that
 * do not depend on the visitor render once per language and are served from Next's cache
 * (ADR 011). The header is the route group's: `(public)` cached, `(site)` per request.
 */
export default async function RootLayout({ children, params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations('errors');
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col bg-white font-sans text-ink antialiased">
        <ErrorTextsProvider texts={{ title: t('errorTitle'), text: t('errorText'), retry: t('retry') }}>
          <SkipLink />
          {children}
          <SiteFooter />
        </ErrorTextsProvider>
      </body>
    </html>
  );
}
