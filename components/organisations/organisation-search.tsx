import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ListOrganisationsQuery } from '@/lib/organisations/list-organisations-schema';
import { FieldLabel, INPUT_CLASS } from '@/components/ui/field';
import { buttonClass } from '@/components/ui/button-classes';

/** The search of /admin/organisations: a plain GET form; the search is the URL. */
export async function OrganisationSearch({ query }: { query: ListOrganisationsQuery }) {
  const t = await getTranslations('adminOrganisations');
  return (
    <form method="get" action="/admin/organisations" role="search" aria-labelledby="org-search-heading" className="mb-6 rounded border border-gray-300 p-4">
      <h2 id="org-search-heading" className="mb-3 text-xl font-semibold">
        {t('search.heading')}
      </h2>
      <div className="max-w-xl">
        <FieldLabel id="org-q" label={t('search.q')} />
        <input id="org-q" name="q" type="search" defaultValue={query.q ?? ''} maxLength={200} className={INPUT_CLASS} />
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className={buttonClass('primary', 'sm')}>
          {t('search.apply')}
        </button>
        <Link href="/admin/organisations" className="text-brand-800 underline">
          {t('search.reset')}
        </Link>
      </div>
    </form>
  );
}
