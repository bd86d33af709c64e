import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/guards';
import { orNotFound } from '@/lib/forms/or-not-found';
import { getPerson } from '@/lib/privacy/get-person';
import { privacyPageQuerySchema } from '@/lib/privacy/privacy-page-query-schema';
import { searchPeople } from '@/lib/privacy/search-people';
import { ClientMessages } from '@/components/i18n/client-messages';
import { PageHeader } from '@/components/ui/page-header';
import { PeopleSearch } from '@/components/privacy/people-search';
import { PersonPanel } from '@/components/privacy/person-panel';
import { erasePersonAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('privacy');
  return { title: t('title') };
}

/**
 * „Datenschutz-Anfragen“ (administrators, `privacy:manage`): find a person by e-mail address
 * (`?q=`), select them (`?user=<id>`), then „Daten exportieren“ (Art. 15) or „Person löschen“
 * (Art. 17, after typing the address again). The users pages link here with `?user=<id>`.
 */
export default async function PrivacyPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission('privacy:manage');
  const [t, locale, query] = await Promise.all([getTranslations('privacy'), getLocale(), searchParams.then((raw) => privacyPageQuerySchema.parse(raw))]);
  const [result, person] = await Promise.all([
    query.q ? searchPeople({ actor, query: query.q, locale }) : null,
    query.user ? orNotFound(getPerson({ actor, userId: query.user, locale })) : null,
  ]);
  return (
    <ClientMessages namespaces={['privacy']}>
      <PageHeader title={t('title')}>
        <p className="max-w-3xl">{t('intro')}</p>
      </PageHeader>
      <PeopleSearch query={query.q} result={result} selectedId={person?.id} />
      {person && <PersonPanel person={person} eraseAction={erasePersonAction} />}
    </ClientMessages>
  );
}
