import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseCell, parseStandardsSource } from '@/prisma/seed/parse-standards-source';

const sourcePath = path.join(process.cwd(), 'prisma', 'seed', 'standards-anlage-1.txt');
const source = readFileSync(sourcePath, 'utf8');
const standards = parseStandardsSource(source);

/** Everything but whitespace, bullets and link markup: parsing may change nothing else. */
const letters = (text: string) => text.replace(/<\/?u>/g, '').replace(/[\s•]/g, '');

/** The raw cells of standard `n` as they stand in the file (continuation rows appended). */
function rawCells(n: number): string[] {
  const lines = source.split('\n');
  const index = lines.findIndex((line) => line.startsWith(`${n}.\t`));
  const cells = lines[index]!.split('\t').slice(1, 4);
  const next = lines[index + 1]?.split('\t');
  if (next && next[0] === '' && n === 11) next.slice(1, 4).forEach((cell, i) => (cells[i] += cell));
  return cells;
}

describe('parseStandardsSource', () => {
  it('finds exactly the 22 standards, numbered 1 to 22', () => {
    expect(standards.map((s) => s.number)).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
  });

  it('keeps every character of every cell except whitespace and link markup', () => {
    for (const standard of standards) {
      const [text, objective, information] = rawCells(standard.number);
      expect(letters(standard.text), `text of ${standard.number}`).toBe(letters(text!));
      expect(letters(standard.objective), `objective of ${standard.number}`).toBe(letters(objective!));
      expect(letters(standard.information ?? ''), `information of ${standard.number}`).toBe(letters(information ?? ''));
    }
  });

  it('appends the continuation line to standard 11', () => {
    expect(standards[10]!.text).toMatch(/DAAD\) forciert und koordiniert\. Dies setzt ausreichend zeitlichen Spielraum .* voraus\.$/);
  });

  it('has no further information for standards 4, 5 and 10 only', () => {
    expect(standards.filter((s) => s.information === null).map((s) => s.number)).toEqual([4, 5, 10]);
  });

  it('repairs compounds split by line breaks and drops link markup', () => {
    const all = standards.flatMap((s) => [s.text, s.objective, s.information ?? '']).join('\n');
    expect(all).not.toMatch(/Sachsen- Anhalt|Goethe- Institut|und - pflichten|<u>|  /);
    expect(standards[5]!.text).toContain('Arbeitnehmerrechte und -pflichten');
    expect(standards[2]!.information).toContain('Das Fachkräftesicherungsportal Sachsen-Anhalt bietet');
    // Suspended compounds stay as they are.
    expect(standards[4]!.objective).toContain('Informations- und Sensibilisierungsangeboten');
  });

  it('turns • items into list lines and keeps a trailing sentence as its own paragraph', () => {
    expect(standards[4]!.objective.split('\n')).toEqual([
      'Die im Rahmen der Projektumsetzung aufgebauten Strukturen und erzielten Ergebnisse als auch Erfahrungen sollen im Sinne der Zielsetzungen über einen längeren Zeitraum als die Projektlaufzeit wirken, zum Beispiel:',
      '• Möglichkeit der Nutzung von im Projektzusammenhang erarbeiteten Informations- und Sensibilisierungsangeboten,',
      '• Verstetigung der im Projekt erprobten Ansätze und etablierten (Netzwerk-) Strukturen,',
      '• Weiterentwicklung und Übertragbarkeit der Ansätze auf andere Regionen bzw. in andere Zusammenhänge.',
    ]);
    const info19 = standards[18]!.information!.split('\n');
    expect(info19).toHaveLength(6);
    expect(info19[4]).toBe('• Gegebenenfalls Freistellung für Anpassungsqualifizierungen, Behördengänge, Anerkennung.');
    expect(info19[5]).toMatch(/^Auch liegen in der Auslandsgesellschaft Sachsen-Anhalt/);
  });

  it('normalises a cell without touching "z. B."', () => {
    expect(normaliseCell('  (z. B. Goethe- Institut)  ')).toBe('(z. B. Goethe-Institut)');
  });
});

describe('the committed source copy', () => {
  it('is identical to the shared seed when that is present', () => {
    const shared = path.join(process.cwd(), '..', 'shared', 'seeds', 'standards-anlage-1.txt');
    let original: string | null = null;
    try {
      original = readFileSync(shared, 'utf8');
    } catch {
      // A clone without ../shared: nothing to compare with.
    }
    if (original !== null) expect(source).toBe(original);
  });
});
