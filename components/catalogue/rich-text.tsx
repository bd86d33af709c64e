/**
 * Renders a catalogue text: lines starting with "• " become a list, other lines paragraphs
 * (format: prisma/seed/parse-standards-source.ts). Text is rendered as text, never as HTML.
 * One element carries the language and the `catalogue-text` spacing (app/globals.css), so the
 * paragraphs themselves carry no classes: 22 standards' texts are most of the catalogue and
 * self-assessment pages, in their HTML and again in their RSC payload.
 */
type Block = { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] };

export function toBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('• ')) {
      const last = blocks[blocks.length - 1];
      const item = line.slice(2);
      if (last?.kind === 'list') last.items.push(item);
      else blocks.push({ kind: 'list', items: [item] });
    } else if (line.trim() !== '') {
      blocks.push({ kind: 'paragraph', text: line });
    }
  }
  return blocks;
}

export function RichText({ text, lang, as: Element = 'div', className }: { text: string; lang?: string; as?: 'div' | 'dd'; className?: string }) {
  return (
    <Element lang={lang} className={className ? `catalogue-text ${className}` : 'catalogue-text'}>
      {toBlocks(text).map((block, index) =>
        block.kind === 'paragraph' ? (
          <p key={index}>{block.text}</p>
        ) : (
          <ul key={index}>
            {block.items.map((item, itemIndex) => (
              <li key={itemIndex}>{item}</li>
            ))}
          </ul>
        ),
      )}
    </Element>
  );
}
