import type { CatalogueChange } from '@/lib/catalogue/diff-catalogue-versions';

const STYLES: Record<CatalogueChange, string> = {
  new: 'border-green-800 bg-green-50 text-green-900',
  changed: 'border-amber-800 bg-amber-50 text-amber-900',
  retired: 'border-red-800 bg-red-50 text-red-900',
  unchanged: 'border-gray-500 text-muted',
};

/** „neu“, „geändert“, „entfällt“ (or „unverändert“): the word says it, the colour only repeats it. */
export function ChangeBadge({ change, label }: { change: CatalogueChange; label: string }) {
  return (
    <span data-change={change} className={`inline-block rounded border px-2 py-0.5 text-sm font-semibold ${STYLES[change]}`}>
      {label}
    </span>
  );
}
