import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/guards';
import { getLegalText } from '@/lib/legal/get-legal-text';
import { isLegalPage, legalTexts } from '@/lib/legal/legal-pages';
import { PageHeader } from '@/components/ui/page-header';
import { ClientMessages } from '@/components/i18n/client-messages';
import { LegalTextForm } from '@/components/settings/legal-text-form';
import { AccessibilityStatementForm } from '@/components/settings/accessibility-statement-form';
import { getSettings } from '@/lib/settings/get-settings';
import { saveAccessibilityStatement, saveLegalText } from './actions';

type Params = Promise<{ page: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const [{ page }, t] = await Promise.all([params, getTranslations('legal')]);
  return { title: isLegalPage(page) ? t('edit', { page: t(`pages.${page}`) }) : t('adminHeading') };
}

/** Edits one legal page's text in every language (administrators). */
export default async function LegalTextPage({ params }: { params: Params }) {
  await requirePermission('settings:manage');
  const { page } = await params;
  if (!isLegalPage(page)) notFound();
  const statement = page === 'barrierefreiheit';
  const [t, tStatement, stored, settings] = await Promise.all([getTranslations('legal'), getTranslations('accessibility'), getLegalText({ page }), statement ? getSettings() : null]);
  return (
    <ClientMessages namespaces={['legal', 'accessibility']}>
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
      {settings && (
        <section aria-labelledby="accessibility-parts-heading" className="mb-12">
          <h2 id="accessibility-parts-heading" className="mb-2 text-2xl font-bold text-brand-900">
            {tStatement('adminHeading')}
          </h2>
          <p className="mb-4 max-w-2xl">{tStatement('adminIntro')}</p>
          <AccessibilityStatementForm
            action={saveAccessibilityStatement}
            initial={{
              accessibilityConformity: settings['accessibility.conformity'],
              accessibilityKnownGaps: settings['accessibility.knownGaps'],
              accessibilityPreparedOn: settings['accessibility.preparedOn'],
              accessibilityReviewedOn: settings['accessibility.reviewedOn'],
              accessibilityMethod: settings['accessibility.method'],
              accessibilityContactEmail: settings['accessibility.contactEmail'],
              accessibilityContactPhone: settings['accessibility.contactPhone'],
              accessibilityContactAddress: settings['accessibility.contactAddress'],
              accessibilityEnforcementBody: settings['accessibility.enforcementBody'],
              accessibilityEnforcementUrl: settings['accessibility.enforcementUrl'],
            }}
          />
        </section>
      )}
      {settings && (
        <h2 className="mb-2 text-2xl font-bold text-brand-900">{tStatement('more.heading')}</h2>
      )}
      <LegalTextForm
        action={saveLegalText.bind(null, page)}
        initial={{ ...legalTexts(stored), expectedUpdatedAt: stored?.updatedAt.toISOString() ?? null }}
      />
    </ClientMessages>
  );
}
