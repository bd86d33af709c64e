import Link from 'next/link';

/** Page numbers shown: the first, the last and two either side of the current one. */
function pageWindow(page: number, pageCount: number): (number | 'gap')[] {
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pageCount])].filter((n) => n >= 1 && n <= pageCount).sort((a, b) => a - b);
  return shown.flatMap((n, index) => (index > 0 && n - shown[index - 1]! > 1 ? ['gap' as const, n] : [n]));
}

/**
 * „Seite x von y“, previous/next and a window of page links for a list whose state lives in the
 * URL (`href(page)` keeps the filters). The texts come from the page's catalogue.
 */
export function Pagination({
  page,
  pageCount,
  href,
  texts,
}: {
  page: number;
  pageCount: number;
  href: (page: number) => string;
  texts: { label: string; status: string; previous: string; next: string; page: (page: number) => string };
}) {
  if (pageCount <= 1) return null;
  const link = 'rounded px-3 py-1 text-brand-800 underline hover:bg-brand-50';
  return (
    <nav aria-label={texts.label} className="mt-4">
      <p className="mb-2 text-sm text-muted">{texts.status}</p>
      <ul className="flex flex-wrap items-center gap-1">
        {page > 1 && (
          <li>
            <Link href={href(page - 1)} rel="prev" className={link}>
              {texts.previous}
            </Link>
          </li>
        )}
        {pageWindow(page, pageCount).map((entry, index) =>
          entry === 'gap' ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-1">
              …
            </li>
          ) : (
            <li key={entry}>
              <Link
                href={href(entry)}
                aria-current={entry === page ? 'page' : undefined}
                aria-label={texts.page(entry)}
                className={entry === page ? 'rounded bg-brand-800 px-3 py-1 font-semibold text-white' : link}
              >
                {entry}
              </Link>
            </li>
          ),
        )}
        {page < pageCount && (
          <li>
            <Link href={href(page + 1)} rel="next" className={link}>
              {texts.next}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
