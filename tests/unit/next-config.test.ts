/**
 * next.config.js is JavaScript (the project's layout) and cannot import lib/i18n/config.ts: it
 * takes the languages from the message catalogue folders. These must be the app's languages,
 * and its default language and cookie name the app's, or the routing rules would send visitors
 * to pages in a language the app does not know.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, LOCALES, LOCALE_COOKIE } from '@/lib/i18n/config';

type Rewrite = { source: string; destination: string; has?: { type: string; key: string; value?: string }[] };
const config = createRequire(import.meta.url)(path.resolve('next.config.js')) as { rewrites: () => Promise<{ beforeFiles: Rewrite[] }> };

describe('next.config.js', () => {
  it("routes every language of lib/i18n/config.ts, chosen by the app's cookie, the default one without it", async () => {
    const { beforeFiles } = await config.rewrites();
    const destinations = new Set(beforeFiles.map((rule) => rule.destination.split('/')[1]));
    expect([...destinations].sort()).toEqual([...LOCALES].sort());
    const byCookie = beforeFiles.filter((rule) => rule.has?.some((condition) => condition.type === 'cookie'));
    for (const rule of byCookie) {
      const cookie = rule.has!.find((condition) => condition.type === 'cookie')!;
      expect(cookie.key).toBe(LOCALE_COOKIE);
      expect(rule.destination.startsWith(`/${cookie.value}/`)).toBe(true);
    }
    expect(byCookie.map((rule) => rule.has!.find((condition) => condition.type === 'cookie')!.value)).not.toContain(DEFAULT_LOCALE);
    const fallback = beforeFiles.filter((rule) => !rule.has?.some((condition) => condition.type === 'cookie'));
    expect(fallback.every((rule) => rule.destination.startsWith(`/${DEFAULT_LOCALE}/`))).toBe(true);
  });
});
