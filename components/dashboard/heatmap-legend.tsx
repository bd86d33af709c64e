import { getTranslations } from 'next-intl/server';
import { STATUS_SEVERITY } from '@/lib/insight/get-heatmap-columns';

const SAMPLE_CLASS = { OPEN: 'o', FULFILLED: 'e', PARTIALLY_FULFILLED: 't', NOT_FULFILLED: 'n', NOT_APPLICABLE: 'z' } as const;

/** The heatmap's legend: each status's colour and letter with its word (the cells carry the word for screen readers too). */
export async function HeatmapLegend() {
  const [t, ta] = await Promise.all([getTranslations('dashboard'), getTranslations('assessment')]);
  return (
    <div className="mb-3">
      <h3 id="heatmap-legend" className="sr-only">
        {t('heatmap.legend')}
      </h3>
      <ul aria-labelledby="heatmap-legend" className="hm-legend flex flex-wrap gap-x-4 gap-y-2 text-sm">
        {STATUS_SEVERITY.map((status) => (
          <li key={status} className="inline-flex items-center gap-2">
            <span aria-hidden="true" className={`hm-sample ${SAMPLE_CLASS[status]}`}>
              {t(`letters.${status}`)}
            </span>
            {ta(`answerStatus.${status}`)}
          </li>
        ))}
        <li className="inline-flex items-center gap-2">
          <span aria-hidden="true" className="hm-sample x">
            –
          </span>
          {t('heatmap.noAnswer')}
        </li>
      </ul>
    </div>
  );
}
