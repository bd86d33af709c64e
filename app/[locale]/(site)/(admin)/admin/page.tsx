import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/guards';
import { hasPermission, type Permission } from '@/lib/auth/permissions';
import { PageHeader } from '@/components/ui/page-header';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin');
  return { title: t('title') };
}

/** The areas of „Verwaltung“, each with the permission it needs and its namespace's `adminLink`/`adminLinkHint`. */
const AREAS = [
  { href: '/admin/catalogue', permission: 'catalogue:manage', namespace: 'catalogueAdmin' },
  { href: '/admin/users', permission: 'users:manage', namespace: 'adminUsers' },
  { href: '/admin/organisations', permission: 'organisations:manage', namespace: 'adminOrganisations' },
  { href: '/admin/settings', permission: 'settings:manage', namespace: 'settings' },
  { href: '/admin/audit', permission: 'audit:read', namespace: 'audit' },
  { href: '/admin/privacy', permission: 'privacy:manage', namespace: 'privacy' },
  { href: '/review/dashboard', permission: 'insight:read', namespace: 'dashboard' },
  { href: '/admin/exports', permission: 'assessments:export', namespace: 'exports' },
] as const satisfies readonly { href: string; permission: Permission; namespace: string }[];

/** „Verwaltung“: the administrators' areas they may open. */
export default async function AdminPage() {
  const actor = await requirePermission('admin:access');
  const t = await getTranslations('admin');
  const areas = await Promise.all(
    AREAS.filter((area) => hasPermission(actor.role, area.permission)).map(async (area) => {
      const ta = await getTranslations(area.namespace);
      return { href: area.href, label: ta('adminLink'), hint: ta('adminLinkHint') };
    }),
  );
  return (
    <>
      <PageHeader title={t('title')}>
        <p>{t('intro')}</p>
      </PageHeader>
      <ul className="space-y-3">
        {areas.map((area) => (
          <li key={area.href}>
            <Link href={area.href} className="font-semibold text-brand-800 underline">
              {area.label}
            </Link>
            <span className="text-muted"> – {area.hint}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
