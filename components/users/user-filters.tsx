import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ListUsersQuery } from '@/lib/users/list-users-schema';
import { ROLES, USER_STATES } from '@/lib/users/user-states';
import { FieldHint, FieldLabel, INPUT_CLASS, describedBy } from '@/components/ui/field';
import { buttonClass } from '@/components/ui/button-classes';

/** Search and filters of /admin/users: a plain GET form (no JavaScript); the filter state is the URL. */
export async function UserFilters({ query }: { query: ListUsersQuery }) {
  const [t, tr] = await Promise.all([getTranslations('adminUsers'), getTranslations('roles')]);
  return (
    <form method="get" action="/admin/users" aria-labelledby="user-filters-heading" className="mb-6 rounded border border-gray-300 p-4">
      <h2 id="user-filters-heading" className="mb-3 text-xl font-semibold">
        {t('filters.heading')}
      </h2>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr]">
        <div>
          <FieldLabel id="users-q" label={t('filters.q')} />
          <FieldHint id="users-q" hint={t('filters.qHint')} />
          <input
            id="users-q"
            name="q"
            type="search"
            defaultValue={query.q ?? ''}
            maxLength={200}
            aria-describedby={describedBy('users-q', { hint: true })}
            className={INPUT_CLASS}
          />
        </div>
        <div className="self-end">
          <FieldLabel id="users-role" label={t('filters.role')} />
          <select id="users-role" name="role" defaultValue={query.role ?? ''} className={INPUT_CLASS}>
            <option value="">{t('filters.allRoles')}</option>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {tr(role)}
              </option>
            ))}
          </select>
        </div>
        <div className="self-end">
          <FieldLabel id="users-state" label={t('filters.state')} />
          <select id="users-state" name="state" defaultValue={query.state ?? ''} className={INPUT_CLASS}>
            <option value="">{t('filters.allStates')}</option>
            {USER_STATES.map((state) => (
              <option key={state} value={state}>
                {t(`states.${state}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className={buttonClass('primary', 'sm')}>
          {t('filters.apply')}
        </button>
        <Link href="/admin/users" className="text-brand-800 underline">
          {t('filters.reset')}
        </Link>
      </div>
    </form>
  );
}
