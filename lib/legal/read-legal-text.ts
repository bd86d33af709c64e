import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locale } from '@/lib/i18n/config';

export type LegalPage = 'impressum' | 'datenschutz' | 'barrierefreiheit';

type LegalBlock = { kind: 'heading' | 'paragraph'; text: string };

/**
 * Reads an operator-editable legal text (lib/legal/content/<page>.<locale>.md). The format
 * is deliberately small: "## " starts a heading, blank lines separate paragraphs.
 */
export async function readLegalText({ page, locale }: { page: LegalPage; locale: Locale }): Promise<LegalBlock[]> {
  const file = path.join(process.cwd(), 'lib', 'legal', 'content', `${page}.${locale}.md`);
  const source = await readFile(file, 'utf8');
  return source
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk) =>
      chunk.startsWith('## ')
        ? { kind: 'heading' as const, text: chunk.slice(3).trim() }
        : { kind: 'paragraph' as const, text: chunk.replace(/\s*\n\s*/g, ' ') },
    );
}
