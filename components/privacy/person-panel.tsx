import { getFormatter, getTranslations } from 'next-intl/server';
import type { PersonState } from '@/lib/privacy/person-state';
import type { Role } from '@/lib/auth/permissions';
import type { ActionResult } from '@/lib/forms/action-result';
import { buttonClass } from '@/components/ui/button-classes';
import { DetailList } from '@/components/privacy/detail-list';
import { ErasePersonDialog } from '@/components/privacy/erase-person-dialog';

type Person = {
  id: string;
  email: string;
  name: string;
  role: Role;
  state: PersonState;
  organisationName: string | null;
  createdAt: Date;
  erasedAt: Date | null;
  self: boolean;
};

/** The selected person on /admin/privacy: details, „Daten exportieren“ (download) and „Person löschen“ (dialog). */
export async function PersonPanel({
  person,
  eraseAction,
}: {
  person: Person;
  eraseAction: (input: { userId: string; confirmEmail: string }) => Promise<ActionResult<{ userId: string }>>;
}) {
  const [t, tRoles, format] = await Promise.all([getTranslations('privacy'), getTranslations('roles'), getFormatter()]);
  const date = (value: Date) => (
    <time dateTime={value.toISOString()}>{format.dateTime(value, { dateStyle: 'medium', timeStyle: 'short' })}</time>
  );
  return (
    <section aria-labelledby="person-heading" className="max-w-3xl rounded-lg border border-brand-100 p-5" data-testid="person-panel">
      <h2 id="person-heading" className="mb-4 text-2xl font-bold text-brand-900">
        {t('person.heading')}
      </h2>
      <DetailList
        items={[
          { label: t('columns.email'), value: person.email },
          { label: t('columns.name'), value: person.name },
          { label: t('columns.role'), value: tRoles(person.role) },
          { label: t('columns.state'), value: t(`state.${person.state}`) },
          { label: t('person.organisation'), value: person.organisationName ?? t('person.none') },
          { label: t('person.createdAt'), value: date(person.createdAt) },
          ...(person.erasedAt ? [{ label: t('person.erasedAt'), value: date(person.erasedAt) }] : []),
        ]}
      />
      <div className="mt-6 space-y-6">
        <div>
          <a href={`/api/users/${person.id}/personal-data`} download className={buttonClass('primary')}>
            {t('person.export')}
          </a>
          <p className="mt-2 text-sm text-muted">{t('person.exportHint')}</p>
        </div>
        <div>
          {person.self ? (
            <p>{t('person.self')}</p>
          ) : (
            <>
              <ErasePersonDialog key={person.id} userId={person.id} email={person.email} erased={person.state === 'erased'} action={eraseAction} />
              {person.state !== 'erased' && <p className="mt-2 text-sm text-muted">{t('person.eraseHint')}</p>}
            </>
          )}
        </div>
      </div>
    </section>
  );
}
