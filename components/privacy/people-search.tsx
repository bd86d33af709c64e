import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { PersonState } from '@/lib/privacy/person-state';
import type { Role } from '@/lib/auth/permissions';
import { FieldHint, FieldLabel, INPUT_CLASS, describedBy } from '@/components/ui/field';
import { buttonClass } from '@/components/ui/button-classes';

type Person = { id: string; email: string; name: string; role: Role; state: PersonState };
type Result = { query: string; tooShort: boolean; more: boolean; people: Person[] };

/** The people search of /admin/privacy: a plain GET form (the search is the URL) and its results, each selectable. */
export async function PeopleSearch({ query, result, selectedId }: { query: string; result: Result | null; selectedId?: string }) {
  const [t, tRoles] = await Promise.all([getTranslations('privacy'), getTranslations('roles')]);
  const hrefFor = (id: string) => `/admin/privacy?${new URLSearchParams({ q: query, user: id }).toString()}`;
  return (
    <section aria-labelledby="search-heading" className="mb-10">
      <h2 id="search-heading" className="mb-4 text-2xl font-bold text-brand-900">
        {t('search.heading')}
      </h2>
      <form method="get" action="/admin/privacy" className="mb-6 flex max-w-2xl flex-wrap items-end gap-3">
        <div className="min-w-0 grow basis-64">
          <FieldLabel id="privacy-q" label={t('search.label')} />
          <FieldHint id="privacy-q" hint={t('search.hint')} />
          <input
            id="privacy-q"
            name="q"
            type="search"
            defaultValue={query}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={describedBy('privacy-q', { hint: true })}
            className={INPUT_CLASS}
          />
        </div>
        <button type="submit" className={buttonClass('primary')}>
          {t('search.submit')}
        </button>
      </form>
      {result && (
        <div data-testid="people-results">
          {result.tooShort ? (
            <p>{t('search.tooShort')}</p>
          ) : result.people.length === 0 ? (
            <p>{t('search.none')}</p>
          ) : (
            <>
              <p id="people-caption" className="mb-2 font-semibold">
                {t('search.caption', { query: result.query })}
              </p>
              {/* The table scrolls in its own labelled, keyboard-reachable region, never the page (WCAG 1.4.10). */}
              <div role="region" aria-labelledby="people-caption" tabIndex={0} className="relative overflow-x-auto focus-visible:outline-2">
                <table aria-labelledby="people-caption" className="w-full border-collapse text-left">
                  <thead>
                    <tr className="border-b-2 border-brand-700">
                      <th scope="col" className="py-2 pr-4">{t('columns.email')}</th>
                      <th scope="col" className="py-2 pr-4">{t('columns.name')}</th>
                      <th scope="col" className="py-2 pr-4">{t('columns.role')}</th>
                      <th scope="col" className="py-2 pr-4">{t('columns.state')}</th>
                      <th scope="col" className="py-2">{t('columns.action')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {result.people.map((person) => (
                      <tr key={person.id} className={`border-b border-gray-300 ${person.id === selectedId ? 'bg-brand-50' : ''}`}>
                        <td className="py-2 pr-4 break-all">{person.email}</td>
                        <td className="py-2 pr-4">{person.name}</td>
                        <td className="py-2 pr-4">{tRoles(person.role)}</td>
                        <td className="py-2 pr-4">{t(`state.${person.state}`)}</td>
                        <td className="py-2">
                          {person.id === selectedId ? (
                            <span className="font-semibold">{t('search.selected')}</span>
                          ) : (
                            <Link href={hrefFor(person.id)} className="underline">
                              {t('search.select')}
                              <span className="sr-only"> {person.email}</span>
                            </Link>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
          {result.more && <p className="mt-2">{t('search.more')}</p>}
        </div>
      )}
    </section>
  );
}
