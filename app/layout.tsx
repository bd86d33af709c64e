import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { SiteHeader } from '@/components/shell/site-header';
import { SiteFooter } from '@/components/shell/site-footer';
import { SkipLink } from '@/components/shell/skip-link';
import { ErrorTextsProvider } from '@/components/shell/error-texts';
import { setLocale } from './_actions/set-locale';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('meta');
  return { title: { default: t('title'), template: `%s – ${t('title')}` }, description: t('description') };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations('errors')]);
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col bg-white font-sans text-ink antialiased">
        <ErrorTextsProvider texts={{ title: t('errorTitle'), text: t('errorText'), retry: t('retry') }}>
          <SkipLink />
          <SiteHeader setLocale={setLocale} />
          <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none">
            {children}
          </main>
          <SiteFooter />
        </ErrorTextsProvider>
      </body>
    </html>
  );
}
