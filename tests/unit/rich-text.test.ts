import { describe, expect, it } from 'vitest';
import { toBlocks } from '@/components/catalogue/rich-text';

describe('toBlocks', () => {
  it('groups consecutive • lines into one list between paragraphs', () => {
    expect(toBlocks('Intro:\n• a,\n• b.\nTail.')).toEqual([
      { kind: 'paragraph', text: 'Intro:' },
      { kind: 'list', items: ['a,', 'b.'] },
      { kind: 'paragraph', text: 'Tail.' },
    ]);
  });
});
