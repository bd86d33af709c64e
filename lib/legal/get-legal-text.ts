import 'server-only';
import { db } from '@/lib/db';
import type { Locale } from '@/lib/i18n/config';
import { legalSettingKey, legalTexts, type LegalPage } from '@/lib/legal/legal-pages';

export type LegalText = Record<Locale, string> & {
  /** The concurrency token of the administrators' form. */
  updatedAt: Date;
  /** False while the text is still the placeholder the seed put in (no administrator saved it yet). */
  edited: boolean;
};

/** A legal page's texts in every language (a `Setting` row), or null when none is stored. Public. */
export async function getLegalText({ page }: { page: LegalPage }): Promise<LegalText | null> {
  const row = await db.setting.findUnique({
    where: { key: legalSettingKey(page) },
    select: { value: true, updatedAt: true, updatedById: true },
  });
  if (!row) return null;
  return {
    ...legalTexts(row.value),
    updatedAt: row.updatedAt,
    edited: row.updatedById !== null,
  };
}
