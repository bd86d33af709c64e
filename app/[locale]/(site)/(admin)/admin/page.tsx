import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/guards';
import { PageHeader } from '@/components/ui/page-header';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin');
  return { title: t('title') };
}

export default async function AdminPage() {
  await requirePermission('admin:access');
  const t = await getTranslations('admin');
  return (
    <PageHeader title={t('title')}>
      <p>{t('placeholder')}</p>
    </PageHeader>
  );
}
