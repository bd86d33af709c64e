import { getTranslations } from 'next-intl/server';
import { STATUS_SEVERITY } from '@/lib/insight/get-heatmap-columns';

const SAMPLE_CLASS = { OPEN: 'hm-o', FULFILLED: 'hm-e', PARTIALLY_FULFILLED: 'hm-t', NOT_FULFILLED: 'hm-n', NOT_APPLICABLE: 'hm-z' } as const;

/** The heatmap's legend: each status's colour and letter with its word (the cells carry the word for screen readers too). */
export async function HeatmapLegend() {
  const [t, ta] = await Promise.all([getTranslations('dashboard'), getTranslations('assessment')]);
  return (
    <div className="mb-3">
      <h3 id="heatmap-legend" className="sr-only">
        {t('heatmap.legend')}
      </h3>
      <ul aria-labelledby="heatmap-legend" className="flex flex-wrap gap-x-4 gap-y-2 text-sm">
        {STATUS_SEVERITY.map((status) => (
          <li key={status} className="inline-flex items-center gap-2">
            <span aria-hidden="true" className={`hm-sample ${SAMPLE_CLASS[status]}`}>
              {t(`letters.${status}`)}
            </span>
            {ta(`answerStatus.${status}`)}
          </li>
        ))}
        <li className="inline-flex items-center gap-2">
          <span aria-hidden="true" className="hm-sample hm-none">
            –
          </span>
          {t('heatmap.noAnswer')}
        </li>
      </ul>
    </div>
  );
}
