import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/guards';
import { PageHeader } from '@/components/ui/page-header';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('review');
  return { title: t('title') };
}

export default async function ReviewPage() {
  await requirePermission('review:read');
  const t = await getTranslations('review');
  return (
    <PageHeader title={t('title')}>
      <p>{t('placeholder')}</p>
    </PageHeader>
  );
}
