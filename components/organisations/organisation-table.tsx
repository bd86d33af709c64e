import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { OrganisationList } from '@/lib/organisations/list-organisations';
import { Pagination } from '@/components/ui/pagination';
import { organisationsHref } from '@/components/organisations/organisations-href';

/** One page of /admin/organisations: name (link), legal form, place, number of accounts and projects. */
export async function OrganisationTable({ list }: { list: OrganisationList }) {
  const t = await getTranslations('adminOrganisations');
  const tu = await getTranslations('adminUsers');
  return (
    <>
      <p id="orgs-caption" className="mb-2 text-muted">
        {t('tableCaption')} ({t('count', { total: list.total })})
      </p>
      <div role="region" aria-labelledby="orgs-caption" tabIndex={0} className="overflow-x-auto focus-visible:outline-2">
        <table
          aria-labelledby="orgs-caption"
          className="w-full border-collapse text-left [&_td]:p-2 [&_th]:p-2 [&_th]:text-left [&>tbody>tr]:border-b [&>tbody>tr]:border-b-gray-300 [&>tbody>tr]:align-top"
        >
          <thead className="border-b-2 border-brand-700 bg-brand-50">
            <tr>
              <th scope="col">{t('columns.name')}</th>
              <th scope="col">{t('columns.place')}</th>
              <th scope="col" className="text-right">
                {t('columns.users')}
              </th>
              <th scope="col" className="text-right">
                {t('columns.projects')}
              </th>
            </tr>
          </thead>
          <tbody>
            {list.rows.map((organisation) => (
              <tr key={organisation.id}>
                <th scope="row" className="min-w-40 font-normal">
                  <Link href={`/admin/organisations/${organisation.id}`} className="font-semibold break-words text-brand-800 underline">
                    {organisation.name}
                  </Link>
                  {organisation.legalForm && <span className="block text-sm text-muted">{organisation.legalForm}</span>}
                </th>
                <td className="min-w-28">{[organisation.postalCode, organisation.city].filter(Boolean).join(' ') || '–'}</td>
                <td className="text-right tabular-nums">{organisation.userCount}</td>
                <td className="text-right tabular-nums">{organisation.projectCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination
        page={list.page}
        pageCount={list.pageCount}
        href={(page) => organisationsHref(list.filters, { page })}
        texts={{
          label: tu('pagination.label'),
          status: tu('pagination.status', { page: list.page, pages: list.pageCount }),
          previous: tu('pagination.previous'),
          next: tu('pagination.next'),
          page: (page) => tu('pagination.page', { page }),
        }}
      />
    </>
  );
}
