'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/forms/action-result';
import { LOCALES, type Locale } from '@/lib/i18n/config';
import { LEGAL_TEXT_MAX_LENGTH, parseLegalText } from '@/lib/legal/legal-pages';
import type { LegalTextConflict } from '@/lib/legal/update-legal-text';
import { ErrorSummary } from '@/components/ui/error-summary';
import { FieldError, FieldHint, FieldLabel, INPUT_CLASS, describedBy } from '@/components/ui/field';
import { buttonClass } from '@/components/ui/button-classes';
import { SaveBar } from '@/components/ui/save-bar';
import { useActionForm } from '@/components/ui/use-action-form';
import { LegalBlocks } from '@/components/legal/legal-blocks';

type Values = Record<Locale, string> & { expectedUpdatedAt: string | null };
/** One text per language, named by its locale. */
const FIELDS = LOCALES;

/** The texts of `source` by locale. */
const pick = (source: Record<Locale, string>) => Object.fromEntries(FIELDS.map((locale) => [locale, source[locale]])) as Record<Locale, string>;

/**
 * A legal page's text in every language with a live preview of each, rendered by the public
 * page's own component. A save against a text another administrator saved meanwhile is refused;
 * the form then shows their text and lets the administrator take it or save theirs over it.
 */
export function LegalTextForm({
  initial,
  action,
}: {
  initial: Values;
  action: (input: Values) => Promise<ActionResult<{ updatedAt: string }, LegalTextConflict>>;
}) {
  const t = useTranslations('legal');
  const [texts, setTexts] = useState(() => pick(initial));
  const [version, setVersion] = useState(initial.expectedUpdatedAt);
  const [conflict, setConflict] = useState<LegalTextConflict | null>(null);
  const [saved, setSaved] = useState(false);
  const { errors, formError, pending, summaryRef, submit, summaryFields } = useActionForm({
    namespace: 'legal',
    fields: FIELDS,
    schema: () => import('@/lib/legal/update-legal-text-schema').then((m) => m.updateLegalTextSchema),
    action,
    onSuccess: (data) => {
      setVersion(data.updatedAt);
      setConflict(null);
      setSaved(true);
    },
    onFailure: (failure) => setConflict(failure.formError === 'legalTextChanged' && failure.details ? failure.details : null),
  });

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    submit({ ...texts, expectedUpdatedAt: version });
  }

  function resolve(choice: 'mine' | 'theirs') {
    if (!conflict) return;
    if (choice === 'theirs') setTexts(pick(conflict));
    // Either way the form now builds on the stored version: saving again writes what it shows.
    setVersion(conflict.updatedAt);
    setConflict(null);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-8">
      <ErrorSummary ref={summaryRef} title={t('form.errorSummary')} formError={formError} fields={summaryFields((field) => t(`form.fields.${field}`))} />
      {conflict && (
        <section aria-labelledby="legal-conflict-heading" className="rounded border-2 border-danger bg-red-50 p-4" data-testid="legal-conflict">
          <h2 id="legal-conflict-heading" className="mb-2 text-lg font-semibold">
            {t('form.conflict.heading')}
          </h2>
          <p className="mb-3 text-sm">{t('form.conflict.text')}</p>
          {FIELDS.map((field) => (
            <details key={field} className="mb-2 rounded bg-white p-3">
              <summary className="cursor-pointer font-medium">{t(`form.conflict.theirs.${field}`)}</summary>
              <p className="mt-2 whitespace-pre-wrap text-sm [overflow-wrap:anywhere]">{conflict[field]}</p>
            </details>
          ))}
          <div className="mt-3 flex flex-wrap gap-3">
            <button type="button" onClick={() => resolve('theirs')} className={buttonClass('secondary', 'sm')}>
              {t('form.conflict.takeTheirs')}
            </button>
            <button type="button" onClick={() => resolve('mine')} className={buttonClass('primary', 'sm')}>
              {t('form.conflict.keepMine')}
            </button>
          </div>
        </section>
      )}
      <p className="text-sm">{t('form.formatHint')}</p>
      {FIELDS.map((field) => {
        const id = `legal-${field}`;
        const error = errors[field]?.join(' ');
        return (
          <div key={field} className="grid gap-4 lg:grid-cols-2">
            <div>
              <FieldLabel id={id} label={t(`form.fields.${field}`)} />
              <FieldHint id={id} hint={t('form.lengthHint', { max: LEGAL_TEXT_MAX_LENGTH, count: texts[field].length })} />
              <textarea
                id={id}
                name={field}
                lang={field}
                rows={16}
                value={texts[field]}
                onChange={(event) => setTexts((current) => ({ ...current, [field]: event.target.value }))}
                aria-invalid={error ? true : undefined}
                aria-describedby={describedBy(id, { hint: true, error })}
                className={`${INPUT_CLASS} font-mono text-sm`}
              />
              <FieldError id={id} error={error} />
            </div>
            <section aria-label={t(`form.preview.${field}`)} lang={field} className="min-w-0 rounded border border-gray-300 bg-white p-4">
              <p className="mb-2 text-sm font-semibold uppercase tracking-wide text-muted">{t(`form.preview.${field}`)}</p>
              <LegalBlocks blocks={parseLegalText(texts[field])} headingLevel={3} />
            </section>
          </div>
        );
      })}
      <SaveBar pending={pending} saved={saved} label={t('form.save')} pendingLabel={t('form.saving')} savedText={t('form.saved')} />
    </form>
  );
}
