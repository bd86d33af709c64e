import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { UserList } from '@/lib/users/list-users';
import { Pagination } from '@/components/ui/pagination';
import { UserStateBadge } from '@/components/users/user-state-badge';
import { usersHref } from '@/components/users/users-href';

/** The accounts of one page of /admin/users: name (link to the account), e-mail, role, organisation, state. */
export async function UserTable({ list, actorId }: { list: UserList; actorId: string }) {
  const [t, tr] = await Promise.all([getTranslations('adminUsers'), getTranslations('roles')]);
  return (
    <>
      <p id="users-caption" className="mb-2 text-muted">
        {t('tableCaption')} ({t('count', { total: list.total })})
      </p>
      {/* The table scrolls in its own labelled, keyboard-reachable region, never the page (WCAG 1.4.10). */}
      <div role="region" aria-labelledby="users-caption" tabIndex={0} className="overflow-x-auto focus-visible:outline-2">
        <table
          aria-labelledby="users-caption"
          className="w-full border-collapse text-left [&_td]:p-2 [&_th]:p-2 [&_th]:text-left [&>tbody>tr]:border-b [&>tbody>tr]:border-b-gray-300 [&>tbody>tr]:align-top"
        >
          <thead className="border-b-2 border-brand-700 bg-brand-50">
            <tr>
              <th scope="col">{t('columns.name')}</th>
              <th scope="col">{t('columns.email')}</th>
              <th scope="col">{t('columns.role')}</th>
              <th scope="col">{t('columns.organisation')}</th>
              <th scope="col">{t('columns.state')}</th>
            </tr>
          </thead>
          <tbody>
            {list.rows.map((user) => (
              <tr key={user.id}>
                <th scope="row" className="min-w-36 font-normal">
                  <Link href={`/admin/users/${user.id}`} className="font-semibold break-words text-brand-800 underline">
                    {user.name}
                  </Link>
                  {user.id === actorId && <span className="text-muted"> {t('you')}</span>}
                </th>
                <td className="min-w-40 break-words">{user.email}</td>
                <td className="min-w-32">{tr(user.role)}</td>
                <td className="min-w-32 break-words">
                  {user.organisation ? (
                    <Link href={`/admin/organisations/${user.organisation.id}`} className="text-brand-800 underline">
                      {user.organisation.name}
                    </Link>
                  ) : (
                    <span className="text-muted">{t('detail.noOrganisation')}</span>
                  )}
                </td>
                <td>
                  <UserStateBadge state={user.state} label={t(`states.${user.state}`)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination
        page={list.page}
        pageCount={list.pageCount}
        href={(page) => usersHref(list.filters, { page })}
        texts={{
          label: t('pagination.label'),
          status: t('pagination.status', { page: list.page, pages: list.pageCount }),
          previous: t('pagination.previous'),
          next: t('pagination.next'),
          page: (page) => t('pagination.page', { page }),
        }}
      />
    </>
  );
}
