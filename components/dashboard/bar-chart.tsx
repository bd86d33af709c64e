/** One bar: its label and value. */
export type Bar = { key: string; label: string; value: number };

const ROW = 46;

/**
 * A horizontal bar chart drawn on the server as SVG (no chart library, no JavaScript): per row
 * the label with its value, then the bar, as wide as its share of the largest value. Text keeps
 * its size at any width (no viewBox; bars in per cent), so it reads at 320 px as at 1280. For
 * screen readers the SVG is one image named by its title and description; the same numbers
 * follow as a table.
 */
export function BarChart({
  id,
  title,
  description,
  bars,
  texts,
}: {
  id: string;
  title: string;
  description: string;
  bars: Bar[];
  texts: { tableSummary: string; label: string; value: string; valueLabel: (bar: Bar) => string; formatValue: (value: number) => string };
}) {
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  return (
    <section aria-labelledby={`${id}-heading`} className="min-w-0 rounded border border-gray-300 p-4">
      <h3 id={`${id}-heading`} className="mb-3 text-lg font-semibold text-brand-900 hyphens-auto">
        {title}
      </h3>
      <svg role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`} width="100%" height={bars.length * ROW} className="block text-sm">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {bars.map((bar, index) => (
          <g key={bar.key}>
            <text x="0" y={index * ROW + 15} className="fill-gray-900">
              {texts.valueLabel(bar)}
            </text>
            <rect x="0" y={index * ROW + 21} width="100%" height="16" rx="2" className="fill-brand-50" />
            {bar.value > 0 && <rect x="0" y={index * ROW + 21} width={`${(bar.value / max) * 100}%`} height="16" rx="2" className="fill-brand-700" />}
          </g>
        ))}
      </svg>
      <details className="mt-3">
        <summary className="cursor-pointer font-semibold text-brand-800">{texts.tableSummary}</summary>
        <table className="mt-2 w-full text-sm">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr className="border-b border-gray-300 text-left">
              <th scope="col" className="py-1 pr-4">
                {texts.label}
              </th>
              <th scope="col" className="py-1 text-right">
                {texts.value}
              </th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.key} className="border-b border-gray-200">
                <th scope="row" className="py-1 pr-4 text-left font-normal">
                  {bar.label}
                </th>
                <td className="py-1 text-right tabular-nums">{texts.formatValue(bar.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
