import type { LegalBlock } from '@/lib/legal/legal-pages';

/** A legal text's headings and paragraphs (lib/legal/legal-pages.ts), as text, never HTML. */
export function LegalBlocks({ blocks, headingLevel = 2 }: { blocks: LegalBlock[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return blocks.map((block, index) =>
    block.kind === 'heading' ? (
      <Heading key={index} className="mb-2 mt-6 text-xl font-semibold text-brand-900 [overflow-wrap:anywhere]">
        {block.text}
      </Heading>
    ) : (
      <p key={index} className="mb-3 [overflow-wrap:anywhere]">
        {block.text}
      </p>
    ),
  );
}
