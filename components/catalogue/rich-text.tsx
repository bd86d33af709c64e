/**
 * Renders a catalogue text: lines starting with "• " become a list, other lines paragraphs
 * (format: prisma/seed/parse-standards-source.ts). Text is rendered as text, never as HTML.
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

export function RichText({ text, className }: { text: string; className?: string }) {
  return (
    <div className={className}>
      {toBlocks(text).map((block, index) =>
        block.kind === 'paragraph' ? (
          <p key={index} className="mb-2 last:mb-0">
            {block.text}
          </p>
        ) : (
          <ul key={index} className="mb-2 list-disc space-y-1 pl-6 last:mb-0">
            {block.items.map((item, itemIndex) => (
              <li key={itemIndex}>{item}</li>
            ))}
          </ul>
        ),
      )}
    </div>
  );
}
