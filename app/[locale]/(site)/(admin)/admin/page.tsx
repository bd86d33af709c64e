import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/guards';
import { hasPermission } from '@/lib/auth/permissions';
import { PageHeader } from '@/components/ui/page-header';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin');
  return { title: t('title') };
}

export default async function AdminPage() {
  const actor = await requirePermission('admin:access');
  const [t, ts, ta] = await Promise.all([getTranslations('admin'), getTranslations('settings'), getTranslations('audit')]);
  return (
    <>
      <PageHeader title={t('title')}>
        <p>{t('placeholder')}</p>
      </PageHeader>
      {hasPermission(actor.role, 'settings:manage') && (
        <ul className="space-y-2">
          <li>
            <Link href="/admin/settings" className="font-semibold text-brand-800 underline">
              {ts('adminLink')}
            </Link>
            <span className="text-muted"> – {ts('adminLinkHint')}</span>
          </li>
        </ul>
      )}
      {hasPermission(actor.role, 'audit:read') && (
        <ul className="mt-2 space-y-2">
          <li>
            <Link href="/admin/audit" className="font-semibold text-brand-800 underline">
              {ta('adminLink')}
            </Link>
            <span className="text-muted"> – {ta('adminLinkHint')}</span>
          </li>
        </ul>
      )}
    </>
  );
}
