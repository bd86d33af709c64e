'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { buttonClass } from '@/components/ui/button-classes';

export type ConflictField = { name: string; label: string; mine: string; theirs: string };

/**
 * A save refused because another administrator saved first: both versions of every field that
 * differs, side by side, and the choice — nothing is overwritten before it. „Meine Fassung
 * behalten“ saves the user's text on top of the stored one; „Gespeicherte Fassung übernehmen“
 * puts the stored text into the form.
 */
export function CatalogueConflict({
  fields,
  updatedByName,
  updatedAt,
  busy,
  onKeepMine,
  onTakeTheirs,
}: {
  fields: ConflictField[];
  updatedByName: string | null;
  updatedAt: string | null;
  busy: boolean;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  const t = useTranslations('catalogueAdmin');
  const format = useFormatter();
  const differing = fields.filter((field) => field.mine !== field.theirs);
  return (
    <div role="alert" className="rounded border-2 border-danger bg-red-50 p-4" data-testid="catalogue-conflict">
      <p className="mb-1 font-semibold">{t('conflict.heading')}</p>
      <p className="mb-3 text-sm">
        {t('conflict.text', {
          name: updatedByName ?? t('conflict.someone'),
          time: updatedAt ? format.dateTime(new Date(updatedAt), { dateStyle: 'short', timeStyle: 'short' }) : '–',
        })}
      </p>
      <div className="grid gap-4 md:grid-cols-2">
        {[
          { label: t('conflict.mine'), side: 'mine' as const },
          { label: t('conflict.theirs'), side: 'theirs' as const },
        ].map((column) => (
          <section key={column.side} aria-label={column.label} data-testid={`conflict-${column.side}`} className="min-w-0 rounded bg-white p-3">
            <p className="mb-2 font-semibold">{column.label}</p>
            <dl className="space-y-2 text-sm">
              {differing.map((field) => (
                <div key={field.name}>
                  <dt className="font-medium">{field.label}</dt>
                  <dd className="whitespace-pre-wrap break-words" lang={field.name.endsWith('En') ? 'en' : 'de'}>
                    {field[column.side] || t('conflict.empty')}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
      <div className="mt-3 flex flex-wrap gap-3">
        <button type="button" disabled={busy} onClick={onKeepMine} className={buttonClass('primary', 'sm')}>
          {t('conflict.keepMine')}
        </button>
        <button type="button" disabled={busy} onClick={onTakeTheirs} className={buttonClass('secondary', 'sm')}>
          {t('conflict.takeTheirs')}
        </button>
      </div>
    </div>
  );
}
