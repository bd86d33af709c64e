'use client';

/**
 * What a heatmap cell can show, formatted on the server (components/dashboard/standards-heatmap.tsx):
 * `c` its CSS class (one letter per status, app/globals.css), `l` the visible letter, `n` the
 * organisation's „2/5“ below it, `w` what a screen reader reads (the status word, or the
 * organisation's sentence), `a` whether it links to the review page.
 */
export type CellKind = { c: string; l: string; n?: string; w: string; a?: boolean };

/**
 * One row of heatmap cells. A client component only to keep the RSC payload small: the server
 * sends each row as indexes into `kinds` (a page has a handful of kinds, shared by all 22 rows,
 * as are the column ids), and this renders the cells from them — in the server's HTML as before,
 * so nothing waits for JavaScript; the markup is what the server used to send, written once
 * instead of also as React elements (ADR 029). `ids` (officers on project columns): each cell
 * links to `/review/<id>/<target>`, its name the status word (the letter is its abbreviation,
 * the legend says which); otherwise the letter is hidden from screen readers and the word read.
 */
export function HeatmapCells({ kinds, cells, ids, target }: { kinds: CellKind[]; cells: number[]; ids: string[] | null; target: string }) {
  return cells.map((index, position) => {
    const kind = kinds[index]!;
    return (
      <td key={position} className={kind.c}>
        {ids && kind.a ? (
          <a href={`/review/${ids[position]}/${target}`} aria-label={kind.w}>
            {kind.l}
          </a>
        ) : (
          <>
            <span aria-hidden="true">
              {kind.l}
              {kind.n && <small>{kind.n}</small>}
            </span>
            <span className="sr-only">{kind.w}</span>
          </>
        )}
      </td>
    );
  });
}
