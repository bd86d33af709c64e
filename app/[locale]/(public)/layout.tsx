import { pageLocale, type LocaleParams } from '@/lib/i18n/page-locale';
import { PageFrame } from '@/components/shell/page-frame';
import { setLocale } from '@/app/_actions/set-locale';

/**
 * Public pages that are the same for every visitor per language (start page, standards
 * catalogue, legal pages): rendered once and served from Next's cache, so nothing here may read
 * the request (`dynamic = 'error'` in each page makes the build refuse it). ADR 011.
 */
export default async function PublicLayout({ children, params }: { children: React.ReactNode; params: LocaleParams }) {
  await pageLocale(params);
  return <PageFrame setLocale={setLocale}>{children}</PageFrame>;
}
