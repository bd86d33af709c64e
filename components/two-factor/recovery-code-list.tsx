/** Ten recovery codes, shown once after set-up or renewal: a list to select, copy or print. */
export function RecoveryCodeList({ codes, heading, text, listLabel, copyHint }: { codes: string[]; heading: string; text: string; listLabel: string; copyHint: string }) {
  return (
    <section aria-labelledby="recovery-codes-heading" className="max-w-2xl rounded border-l-4 border-brand-700 bg-brand-50 p-4" data-testid="recovery-codes">
      <h2 id="recovery-codes-heading" tabIndex={-1} className="mb-2 text-2xl font-bold text-brand-900 focus:outline-none">
        {heading}
      </h2>
      <p className="mb-3">{text}</p>
      <ol aria-label={listLabel} className="mb-3 grid grid-cols-1 gap-x-8 gap-y-1 font-mono text-lg min-[360px]:grid-cols-2">
        {codes.map((code) => (
          <li key={code} className="list-inside list-decimal">
            <span className="select-all">{code}</span>
          </li>
        ))}
      </ol>
      <p className="text-sm text-muted">{copyHint}</p>
    </section>
  );
}
