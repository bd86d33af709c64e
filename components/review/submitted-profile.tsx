import { getTranslations } from 'next-intl/server';
import type { ProfileSnapshot } from '@/lib/assessments/profile-snapshot';
import { ProjectProfile } from '@/components/projects/project-profile';

/** The project profile and companies as frozen into the revision at submission. */
export async function SubmittedProfile({ profile }: { profile: ProfileSnapshot }) {
  const t = await getTranslations('review');
  const date = (value: string) => new Date(`${value}T00:00:00Z`);
  return (
    <section aria-labelledby="profile-heading" className="rounded-lg border border-brand-100 p-5">
      <h2 id="profile-heading" className="mb-3 text-xl font-semibold text-brand-900">
        {t('profile.heading')}
      </h2>
      <p className="mb-3">
        <span className="font-semibold">{t('profile.organisation')}:</span> {profile.organisationName}
      </p>
      <ProjectProfile project={{ ...profile, startDate: date(profile.startDate), endDate: date(profile.endDate) }} />
      <h3 className="mb-2 mt-5 text-lg font-semibold text-brand-900">{t('profile.companies', { count: profile.companies.length })}</h3>
      {profile.companies.length === 0 ? (
        <p className="text-muted">{t('profile.noCompanies')}</p>
      ) : (
        <ul className="space-y-3">
          {profile.companies.map((company) => (
            <li key={company.id} className="rounded bg-brand-50 p-3">
              <p className="font-semibold">{company.name}</p>
              <p className="whitespace-pre-line text-sm">{company.contact}</p>
              <p className="text-sm">
                {t('profile.declaration')}: {company.hasDeclarationOfIntent ? t('profile.yes') : t('profile.no')} · {t('profile.ownContribution')}:{' '}
                {company.ownContributionKind} ({company.ownContributionValue})
              </p>
              <p className="break-words text-sm">
                {t('profile.contactPerson')}: {[company.contactPersonName, company.contactPersonRole, company.contactPersonEmail, company.contactPersonPhone].filter(Boolean).join(' · ')}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
