import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localizeCatalogueText } from '@/lib/catalogue/localize-catalogue-text';
import { parseStandardsSource } from '@/prisma/seed/parse-standards-source';
import { STANDARDS_EN } from '@/prisma/seed/standards-en';

describe('localizeCatalogueText', () => {
  it('shows the English text with lang="en" when English is selected and translated', () => {
    expect(localizeCatalogueText({ locale: 'en', de: 'Deutsch', en: 'English' })).toEqual({ text: 'English', lang: 'en' });
  });

  it('falls back to the German text with lang="de" when the English is missing', () => {
    expect(localizeCatalogueText({ locale: 'en', de: 'Deutsch', en: null })).toEqual({ text: 'Deutsch', lang: 'de' });
    expect(localizeCatalogueText({ locale: 'en', de: 'Deutsch', en: '' })).toEqual({ text: 'Deutsch', lang: 'de' });
  });

  it('always shows the German text in German', () => {
    expect(localizeCatalogueText({ locale: 'de', de: 'Deutsch', en: 'English' })).toEqual({ text: 'Deutsch', lang: 'de' });
  });
});

describe('STANDARDS_EN', () => {
  const german = parseStandardsSource(readFileSync(path.join(process.cwd(), 'prisma', 'seed', 'standards-anlage-1.txt'), 'utf8'));
  const shape = (cell: string | null) => cell?.split('\n').map((line) => (line.startsWith('• ') ? 'item' : 'paragraph')) ?? null;

  it('translates exactly the 22 standards of the source, with the German lines and list items', () => {
    expect(Object.keys(STANDARDS_EN).map(Number)).toEqual(german.map((standard) => standard.number));
    for (const standard of german) {
      const english = STANDARDS_EN[standard.number]!;
      expect(shape(english.text), `text of ${standard.number}`).toEqual(shape(standard.text));
      expect(shape(english.objective), `objective of ${standard.number}`).toEqual(shape(standard.objective));
      expect(shape(english.information), `information of ${standard.number}`).toEqual(shape(standard.information));
    }
  });

  it('keeps the proper names and the link of the source', () => {
    const all = Object.values(STANDARDS_EN).flatMap((s) => [s.text, s.objective, s.information ?? '']).join('\n');
    for (const name of [
      'Goethe-Institut',
      'Fachkräftesicherungsportal Sachsen-Anhalt',
      '"Working in Saxony-Anhalt"',
      'http://www.lamsa.de/',
      'LAMSA',
      'Deutscher Gewerkschaftsbund (German Trade Union Confederation)',
      'Bundesagentur für Arbeit (Federal Employment Agency)',
      'Kompetenzzentrum Fachkräftesicherung',
      'DAAD',
      'Kümmerer',
    ]) {
      expect(all).toContain(name);
    }
    expect(all).not.toMatch(/ {2}|^ | $|\t/m);
  });
});
