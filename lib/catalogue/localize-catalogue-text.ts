/**
 * Which text of a catalogue field to show, and in which language (for the `lang` attribute):
 * with English selected the English translation when there is one, otherwise — per field — the
 * German text, which is the binding wording (ADR 008). German users always get the German.
 */
export function localizeCatalogueText({
  locale,
  de,
  en,
}: {
  locale: string;
  de: string;
  en: string | null | undefined;
}): { text: string; lang: 'de' | 'en' } {
  return locale === 'en' && en ? { text: en, lang: 'en' } : { text: de, lang: 'de' };
}
