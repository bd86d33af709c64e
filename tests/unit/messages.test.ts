import { describe, expect, it } from 'vitest';
import { de, en } from '@/lib/i18n/messages';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const result = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') result.set(path, value);
    else for (const [k, v] of flatten(value, path)) result.set(k, v);
  }
  return result;
}

const placeholders = (message: string) => [...message.matchAll(/\{(\w+)\s*[,}]/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  const german = flatten(de as Tree);
  const english = flatten(en as Tree);

  it('have the same keys in German and English', () => {
    expect([...english.keys()].sort()).toEqual([...german.keys()].sort());
  });

  it('use the same placeholders in both languages and no empty message', () => {
    for (const [key, message] of german) {
      expect(message.trim(), key).not.toBe('');
      expect(english.get(key)!.trim(), key).not.toBe('');
      expect(placeholders(english.get(key)!), key).toEqual(placeholders(message));
    }
  });

  it('use the glossary words for the actions', () => {
    expect(german.get('shell.signOut')).toBe('Abmelden');
    expect(german.get('shell.signIn')).toBe('Anmelden');
    expect(german.get('roles.OFFICER')).toBe('Förderreferent/in');
  });
});
