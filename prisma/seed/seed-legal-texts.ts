import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { db } from '@/lib/db';
import { LOCALES } from '@/lib/i18n/config';
import { LEGAL_PAGES, legalSettingKey } from '@/lib/legal/legal-pages';

/**
 * Stores the placeholder legal texts (prisma/seed/legal/<page>.<locale>.md) for every legal page
 * that has none yet, so a new portal has an Impressum, a Datenschutzerklärung and a
 * Barrierefreiheitserklärung to fill in under „Einstellungen“. Rows are written without an
 * editor (`updatedById` null): the pages say „Platzhaltertext“ until an administrator saves one.
 * A text an administrator saved is never touched. Returns how many pages got their placeholder.
 */
export async function seedLegalTexts(): Promise<{ created: number }> {
  const directory = path.join(process.cwd(), 'prisma', 'seed', 'legal');
  const rows = await Promise.all(
    LEGAL_PAGES.map(async (page) => {
      const read = (locale: string) => readFile(path.join(directory, `${page}.${locale}.md`), 'utf8').then((text) => text.trim());
      const texts = await Promise.all(LOCALES.map(async (locale) => [locale, await read(locale)] as const));
      return { key: legalSettingKey(page), value: Object.fromEntries(texts) };
    }),
  );
  const { count } = await db.setting.createMany({ data: rows, skipDuplicates: true });
  return { created: count };
}
