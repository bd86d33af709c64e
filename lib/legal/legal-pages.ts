/**
 * The operator's legal pages (Impressum, Datenschutzerklärung, Barrierefreiheitserklärung): which
 * there are, how long a text may be, and the small text format they are written in. Zod-free
 * and pure: the public pages, the administrators' form and its live preview share it.
 */
import { LOCALES, type Locale } from '@/lib/i18n/config';

export const LEGAL_PAGES = ['impressum', 'datenschutz', 'barrierefreiheit'] as const;

export type LegalPage = (typeof LEGAL_PAGES)[number];

/** Characters per language and page. */
export const LEGAL_TEXT_MAX_LENGTH = 50_000;

export type LegalBlock = { kind: 'heading' | 'paragraph'; text: string };

export function isLegalPage(value: string): value is LegalPage {
  return (LEGAL_PAGES as readonly string[]).includes(value);
}

/** A stored value's text per language (`{ de, en }`; a language missing or not a string: empty). */
export function legalTexts(value: unknown): Record<Locale, string> {
  const stored = (value && typeof value === 'object' ? value : {}) as Partial<Record<string, unknown>>;
  return Object.fromEntries(LOCALES.map((locale) => [locale, typeof stored[locale] === 'string' ? stored[locale] : ''])) as Record<Locale, string>;
}

/** The `Setting` row that holds a page's texts (`{ de, en }`, one per locale). */
export function legalSettingKey(page: LegalPage): string {
  return `legal.${page}`;
}

/**
 * A legal text's blocks. The format is deliberately small: a line starting with "## " is a
 * heading, blank lines separate paragraphs, single line breaks inside a paragraph are spaces.
 */
export function parseLegalText(source: string): LegalBlock[] {
  return source
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .flatMap((chunk) => {
      // A heading directly followed by its text (no blank line) is still a heading and a paragraph.
      const [first = '', ...rest] = chunk.split('\n');
      if (!first.startsWith('## ')) return [{ kind: 'paragraph' as const, text: chunk.replace(/\s*\n\s*/g, ' ') }];
      const heading = { kind: 'heading' as const, text: first.slice(3).trim() };
      const body = rest.join(' ').replace(/\s+/g, ' ').trim();
      return body ? [heading, { kind: 'paragraph' as const, text: body }] : [heading];
    });
}
