import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ActionResult } from '@/lib/forms/action-result';
import type { CompanyRow } from '@/lib/projects/get-project';
import { RemoveCompanyButton } from '@/components/companies/remove-company-button';
import { buttonClass } from '@/components/ui/button-classes';

type Props = {
  projectId: string;
  company: CompanyRow;
  /** False when the self-assessment is submitted: no edit or remove controls. */
  editable: boolean;
  /** The removal, bound to this company (removeCompanyAction.bind(null, company.id)). */
  removeAction: () => Promise<ActionResult<{ projectId: string }>>;
  /** Rendered inside the card under the declaration of intent (the page passes `<CompanyEvidence …/>`). */
  evidenceSlot?: React.ReactNode;
};

/** One participating company (Beteiligtes Unternehmen) on the project page. */
export async function CompanyCard({ projectId, company, editable, removeAction, evidenceSlot }: Props) {
  const t = await getTranslations('companies');
  const headingId = `company-${company.id}-heading`;
  const contactPerson = [company.contactPersonName, company.contactPersonRole].filter(Boolean).join(', ');
  return (
    <li className="rounded border border-gray-300 p-4" data-testid="company-card">
      <h3 id={headingId} className="mb-3 text-xl font-semibold text-brand-900">
        {company.name}
      </h3>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[fit-content(40%)_minmax(0,1fr)] [&_dd]:[overflow-wrap:anywhere]">
        <dt className="font-semibold">{t('fields.contact')}</dt>
        <dd className="whitespace-pre-line">{company.contact}</dd>
        <dt className="font-semibold">{t('fields.declaration')}</dt>
        <dd>{company.hasDeclarationOfIntent ? t('declaration.yes') : t('declaration.no')}</dd>
        <dt className="font-semibold">{t('fields.ownContribution')}</dt>
        <dd>
          {company.ownContributionKind}: {company.ownContributionValue}
        </dd>
        <dt className="font-semibold">{t('fields.contactPerson')}</dt>
        <dd>
          <p>{contactPerson}</p>
          {company.contactPersonEmail && (
            <p>
              <a href={`mailto:${company.contactPersonEmail}`} className="text-brand-800 underline">
                {company.contactPersonEmail}
              </a>
            </p>
          )}
          {company.contactPersonPhone && <p>{company.contactPersonPhone}</p>}
        </dd>
      </dl>
      {evidenceSlot && (
        <div className="mt-4" data-slot="company-evidence">
          {evidenceSlot}
        </div>
      )}
      {editable && (
        <div className="mt-4 flex flex-wrap items-start gap-3">
          <Link
            href={`/projects/${projectId}/companies/${company.id}/edit`}
            aria-label={t('editNamed', { name: company.name })}
            className={buttonClass('secondary', 'xs')}
          >
            {t('edit')}
          </Link>
          <RemoveCompanyButton name={company.name} action={removeAction} />
        </div>
      )}
    </li>
  );
}
