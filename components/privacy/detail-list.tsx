/** Label/value pairs (a <dl>): side by side from 640 px, stacked below. */
export function DetailList({ items, testId }: { items: { label: string; value: React.ReactNode }[]; testId?: string }) {
  return (
    <dl className="grid max-w-3xl gap-x-6 gap-y-1 sm:grid-cols-[minmax(0,14rem)_1fr]" data-testid={testId}>
      {items.map((item) => (
        <div key={item.label} className="contents">
          <dt className="font-semibold sm:py-1">{item.label}</dt>
          <dd className="mb-2 break-words sm:mb-0 sm:py-1">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
