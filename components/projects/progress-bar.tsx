/** „n von 22“ as text and as a native progress bar with an accessible name (no colour-only information). */
export function ProgressBar({ complete, total, text, label }: { complete: number; total: number; text: string; label: string }) {
  return (
    <div className="flex items-center gap-2">
      <progress
        value={complete}
        max={Math.max(total, 1)}
        aria-label={label}
        className="h-2 w-20 overflow-hidden rounded border border-gray-500 [&::-moz-progress-bar]:bg-brand-700 [&::-webkit-progress-bar]:bg-gray-100 [&::-webkit-progress-value]:bg-brand-700"
      />
      <span className="whitespace-nowrap">{text}</span>
    </div>
  );
}
