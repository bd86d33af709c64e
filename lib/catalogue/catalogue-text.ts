/**
 * The line format of catalogue texts (zod-free: the editor's form and preview use it while
 * rendering): one paragraph per line, list items start with „• “ (prisma/seed/parse-standards-source.ts,
 * components/catalogue/rich-text.tsx). Typed „- “ or „* “ at the start of a line becomes „• “.
 */
export const CATALOGUE_TEXT_MAX_LENGTH = 10_000;
export const CATALOGUE_HEADING_MAX_LENGTH = 500;
/** The „Änderungshinweis“ of a publication. */
export const CHANGE_NOTE_MAX_LENGTH = 2000;

/** The six texts of a standard, German and the English courtesy translation (ADR 008). */
export const STANDARD_TEXT_FIELDS = ['text', 'objective', 'information', 'textEn', 'objectiveEn', 'informationEn'] as const;
export type StandardTextField = (typeof STANDARD_TEXT_FIELDS)[number];

/** What the editor saves: every field as text, an empty optional field as ''. */
export type StandardTextsInput = Record<StandardTextField, string>;

/** The stored form of the six texts: optional ones empty → null. */
export type StoredStandardTexts = {
  text: string;
  objective: string;
  information: string | null;
  textEn: string | null;
  objectiveEn: string | null;
  informationEn: string | null;
};

/**
 * A text in the stored line format: Windows line ends and trailing spaces gone, no empty lines
 * (the format has none: every line is a paragraph or an item), „- “/„* “ items as „• “.
 */
export function normalizeCatalogueText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim().replace(/^[-*•]\s+/, '• '))
    .filter((line) => line !== '' && line !== '•')
    .join('\n');
}

/** The editor's fields → the stored columns (empty optional texts → null). */
export function toStoredStandardTexts(input: StandardTextsInput): StoredStandardTexts {
  const optional = (value: string) => (value === '' ? null : value);
  return {
    text: input.text,
    objective: input.objective,
    information: optional(input.information),
    textEn: optional(input.textEn),
    objectiveEn: optional(input.objectiveEn),
    informationEn: optional(input.informationEn),
  };
}

/** The stored columns → the editor's fields (null → ''). */
export function toStandardTextsInput(stored: StoredStandardTexts): StandardTextsInput {
  return {
    text: stored.text,
    objective: stored.objective,
    information: stored.information ?? '',
    textEn: stored.textEn ?? '',
    objectiveEn: stored.objectiveEn ?? '',
    informationEn: stored.informationEn ?? '',
  };
}
