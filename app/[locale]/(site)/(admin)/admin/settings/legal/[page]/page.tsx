import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/guards';
import { getLegalText } from '@/lib/legal/get-legal-text';
import { isLegalPage } from '@/lib/legal/legal-pages';
import { PageHeader } from '@/components/ui/page-header';
import { ClientMessages } from '@/components/i18n/client-messages';
import { LegalTextForm } from '@/components/settings/legal-text-form';
import { saveLegalText } from './actions';

type Params = Promise<{ page: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const [{ page }, t] = await Promise.all([params, getTranslations('legal')]);
  return { title: isLegalPage(page) ? t('edit', { page: t(`pages.${page}`) }) : t('adminHeading') };
}

/** Edits one legal page's German and English text (administrators). */
export default async function LegalTextPage({ params }: { params: Params }) {
  await requirePermission('settings:manage');
  const { page } = await params;
  if (!isLegalPage(page)) notFound();
  const [t, stored] = await Promise.all([getTranslations('legal'), getLegalText({ page })]);
  return (
    <ClientMessages namespaces={['legal']}>
      <p className="mb-2">
        <Link href="/admin/settings" className="text-brand-800 underline">
          {t('back')}
        </Link>
      </p>
      <PageHeader title={t('edit', { page: t(`pages.${page}`) })}>
        <p>
          <Link href={`/${page}`} className="text-brand-800 underline">
            {t('viewPage')}
          </Link>
        </p>
      </PageHeader>
      <LegalTextForm
        action={saveLegalText.bind(null, page)}
        initial={{ de: stored?.de ?? '', en: stored?.en ?? '', expectedUpdatedAt: stored?.updatedAt.toISOString() ?? null }}
      />
    </ClientMessages>
  );
}
