import { getFormatter, getTranslations } from 'next-intl/server';
import { TransitionButton } from '@/components/assessment/transition-button';
import type { TransitionAction } from '@/components/assessment/submit-panel';

export type CatalogueUpdate = {
  fromNumber: number;
  toNumber: number;
  publishedAt: Date | null;
  changed: string[];
  retired: string[];
  added: string[];
  numbers: Record<string, number>;
};

/**
 * The notice on a draft revision that uses an older catalogue version: what changed (standards
 * by number, per kind of change), what „Übernehmen“ does, and the button. `children` shows the
 * wording's changes (the catalogue diff).
 */
export async function CatalogueUpdateNotice({
  update,
  action,
  children,
}: {
  update: CatalogueUpdate;
  action: TransitionAction;
  children?: React.ReactNode;
}) {
  const [t, format] = await Promise.all([getTranslations('assessment'), getFormatter()]);
  const groups = (['changed', 'retired', 'added'] as const).filter((kind) => update[kind].length > 0);
  return (
    <section aria-labelledby="catalogue-update-heading" className="rounded-lg border-2 border-brand-700 bg-brand-50 p-5" data-testid="catalogue-update">
      <h2 id="catalogue-update-heading" className="mb-2 text-xl font-bold text-brand-900">
        {t('catalogueUpdate.heading')}
      </h2>
      <p className="mb-3">
        {update.publishedAt
          ? t('catalogueUpdate.text', { from: update.fromNumber, to: update.toNumber, date: format.dateTime(update.publishedAt, { dateStyle: 'long' }) })
          : t('catalogueUpdate.textNoDate', { from: update.fromNumber, to: update.toNumber })}
      </p>
      {groups.length > 0 && (
        <dl className="mb-3 space-y-1">
          {groups.map((kind) => (
            <div key={kind} className="flex flex-wrap gap-x-2">
              <dt className="font-semibold">
                {t(`catalogueUpdate.${kind}`)} ({t('catalogueUpdate.standards', { count: update[kind].length })}):
              </dt>
              <dd>{update[kind].map((key) => t('standardLabel', { number: update.numbers[key] ?? '?' })).join(', ')}</dd>
            </div>
          ))}
        </dl>
      )}
      <p className="mb-4 text-sm">{t('catalogueUpdate.explain', { to: update.toNumber })}</p>
      {children}
      <TransitionButton kind="adopt" action={action} toVersion={update.toNumber} />
    </section>
  );
}
