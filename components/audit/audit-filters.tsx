import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { isKnownAuditAction, isKnownSubjectType } from '@/lib/audit/audit-labels';
import type { AuditFilters as Filters } from '@/lib/audit/list-audit-events-schema';
import { FieldHint, FieldLabel, INPUT_CLASS, describedBy } from '@/components/ui/field';
import { buttonClass } from '@/components/ui/button-classes';

/**
 * The log's filters: a plain GET form (no JavaScript), so the filter state is the URL; a new
 * filter starts again at the newest entries (no cursor in the form). Actions and subject types
 * are those that occur, by their label.
 */
export async function AuditFilters({ filters, actions, subjectTypes }: { filters: Filters; actions: string[]; subjectTypes: string[] }) {
  const [t, locale] = await Promise.all([getTranslations('audit'), getLocale()]);
  const actionOptions = actions
    .map((action) => ({ value: action, label: isKnownAuditAction(action) ? t(`actions.${action}`) : action }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
  const typeOptions = subjectTypes
    .map((type) => ({ value: type, label: isKnownSubjectType(type) ? t(`subjectTypes.${type}`) : type }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
  // A value in the URL that no longer occurs stays selectable, so the form shows what is filtered.
  if (filters.action && !actions.includes(filters.action)) actionOptions.unshift({ value: filters.action, label: filters.action });
  if (filters.type && !subjectTypes.includes(filters.type)) typeOptions.unshift({ value: filters.type, label: filters.type });

  return (
    <form method="get" action="/admin/audit" aria-labelledby="audit-filters-heading" className="mb-6 rounded border border-gray-300 p-4">
      <h2 id="audit-filters-heading" className="mb-3 text-xl font-semibold">
        {t('filters.heading')}
      </h2>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <div>
          <FieldLabel id="audit-actor" label={t('filters.actor')} />
          <FieldHint id="audit-actor" hint={t('filters.actorHint')} />
          <input
            id="audit-actor"
            name="actor"
            type="search"
            defaultValue={filters.actor ?? ''}
            maxLength={200}
            autoComplete="off"
            aria-describedby={describedBy('audit-actor', { hint: true })}
            className={INPUT_CLASS}
          />
        </div>
        <div>
          <FieldLabel id="audit-action" label={t('filters.action')} />
          <select id="audit-action" name="action" defaultValue={filters.action ?? ''} className={INPUT_CLASS}>
            <option value="">{t('filters.allActions')}</option>
            {actionOptions.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <FieldLabel id="audit-type" label={t('filters.subjectType')} />
          <select id="audit-type" name="type" defaultValue={filters.type ?? ''} className={INPUT_CLASS}>
            <option value="">{t('filters.allSubjectTypes')}</option>
            {typeOptions.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <FieldLabel id="audit-subject" label={t('filters.subjectId')} />
          <FieldHint id="audit-subject" hint={t('filters.subjectIdHint')} />
          <input
            id="audit-subject"
            name="subject"
            type="text"
            defaultValue={filters.subject ?? ''}
            maxLength={200}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={describedBy('audit-subject', { hint: true })}
            className={INPUT_CLASS}
          />
        </div>
        <div>
          <FieldLabel id="audit-from" label={t('filters.from')} />
          <FieldHint id="audit-from" hint={t('filters.dateHint')} />
          <input id="audit-from" name="from" type="date" defaultValue={filters.from ?? ''} aria-describedby={describedBy('audit-from', { hint: true })} className={INPUT_CLASS} />
        </div>
        <div>
          <FieldLabel id="audit-to" label={t('filters.to')} />
          <FieldHint id="audit-to" hint={t('filters.dateHint')} />
          <input id="audit-to" name="to" type="date" defaultValue={filters.to ?? ''} aria-describedby={describedBy('audit-to', { hint: true })} className={INPUT_CLASS} />
        </div>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className={buttonClass('primary', 'sm')}>
          {t('filters.apply')}
        </button>
        <Link href="/admin/audit" className="text-brand-800 underline">
          {t('filters.reset')}
        </Link>
      </div>
    </form>
  );
}
