import { describe, expect, it } from 'vitest';
import { parseLegalText } from '@/lib/legal/legal-pages';

describe('parseLegalText', () => {
  it('reads "## " lines as headings, blank lines as paragraph breaks and single breaks as spaces', () => {
    expect(parseLegalText('## Anbieter\n\nLandesamt\nDomplatz 1\n\n\n## Kontakt\r\n\r\nE-Mail: a@b.de')).toEqual([
      { kind: 'heading', text: 'Anbieter' },
      { kind: 'paragraph', text: 'Landesamt Domplatz 1' },
      { kind: 'heading', text: 'Kontakt' },
      { kind: 'paragraph', text: 'E-Mail: a@b.de' },
    ]);
  });

  it('keeps a paragraph written directly under its heading, and markup as text', () => {
    expect(parseLegalText('## Stand\nTeilweise <b>barrierefrei</b>.')).toEqual([
      { kind: 'heading', text: 'Stand' },
      { kind: 'paragraph', text: 'Teilweise <b>barrierefrei</b>.' },
    ]);
    expect(parseLegalText('   \n\n ')).toEqual([]);
  });
});
