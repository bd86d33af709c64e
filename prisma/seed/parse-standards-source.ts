/**
 * Parses the source document (standards-anlage-1.txt, tab-separated, extracted from a table)
 * into the 22 standards. Only whitespace and the link markup change; every word is kept
 * (tests/unit/parse-standards-source.test.ts checks that against the raw file).
 *
 * Text format of a cell after parsing: paragraphs and list items separated by "\n"; a list
 * item line starts with "• " (see components/catalogue/rich-text.tsx).
 */
type SourceStandard = {
  number: number;
  text: string;
  objective: string;
  information: string | null;
};

const NUMBERED_ROW = /^(\d+)\.$/;

export function parseStandardsSource(source: string): SourceStandard[] {
  const rows = source.split(/\r?\n/).map((line) => line.split('\t'));
  const raw: { number: number; cells: string[] }[] = [];
  let previousWasStandard = false;

  for (const cells of rows) {
    const first = (cells[0] ?? '').trim();
    const match = NUMBERED_ROW.exec(first);
    if (match) {
      raw.push({ number: Number(match[1]), cells: [cells[1] ?? '', cells[2] ?? '', cells[3] ?? ''] });
      previousWasStandard = true;
      continue;
    }
    // A row with an empty first cell right after a standard continues that standard's cells
    // (standard 11: „Dies setzt ausreichend zeitlichen Spielraum … voraus.“).
    if (first === '' && previousWasStandard && cells.slice(1).some((cell) => cell.trim() !== '')) {
      const last = raw[raw.length - 1]!;
      last.cells = last.cells.map((cell, index) => `${cell} ${cells[index + 1] ?? ''}`);
      continue;
    }
    // Header rows ("Nr."), garbled group headings and blank lines end a standard.
    previousWasStandard = false;
  }

  return raw.map(({ number, cells }) => {
    const [text, objective, information] = cells.map(normaliseCell) as [string, string, string];
    return { number, text, objective, information: information === '' ? null : information };
  });
}

/** Removes extraction artefacts; keeps every word. */
export function normaliseCell(cell: string): string {
  const flat = cell
    .replace(/<\/?u>/g, '')
    .replace(/\s+/g, ' ')
    // "Sachsen- Anhalt" → "Sachsen-Anhalt" (a compound split by a line break)
    .replace(/(\p{Lu}\p{Ll}*)- (\p{Lu})/gu, '$1-$2')
    // "und - pflichten" → "und -pflichten"
    .replace(/(^|\s)- (\p{Ll})/gu, '$1-$2')
    .trim();
  return splitListItems(flat);
}

/** "intro: • a, • b." → "intro:\n• a,\n• b." with a trailing paragraph split off the last item. */
function splitListItems(text: string): string {
  const [intro, ...items] = text.split(/\s*•\s*/);
  if (items.length === 0) return text;
  const lines = [intro!.trim(), ...items.map((item) => `• ${item.trim()}`)].filter(
    (line) => line !== '',
  );
  // A sentence after the last item's full stop is a new paragraph, not part of the item
  // (standard 19: „… Anerkennung. Auch liegen …“). "z. B." does not count: the next word must
  // have at least three letters.
  const last = lines[lines.length - 1]!;
  const tail = /^(• .*?\.)\s+(\p{Lu}\p{Ll}{2,}.*)$/u.exec(last);
  if (tail) lines.splice(lines.length - 1, 1, tail[1]!, tail[2]!);
  return lines.join('\n');
}
