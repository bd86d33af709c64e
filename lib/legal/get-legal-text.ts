import 'server-only';
import { db } from '@/lib/db';
import { legalSettingKey, type LegalPage } from '@/lib/legal/legal-pages';

export type LegalText = {
  de: string;
  en: string;
  /** The concurrency token of the administrators' form. */
  updatedAt: Date;
  /** False while the text is still the placeholder the seed put in (no administrator saved it yet). */
  edited: boolean;
};

/** A legal page's texts in both languages (a `Setting` row), or null when none is stored. Public. */
export async function getLegalText({ page }: { page: LegalPage }): Promise<LegalText | null> {
  const row = await db.setting.findUnique({
    where: { key: legalSettingKey(page) },
    select: { value: true, updatedAt: true, updatedById: true },
  });
  if (!row) return null;
  const value = (row.value ?? {}) as { de?: unknown; en?: unknown };
  return {
    de: typeof value.de === 'string' ? value.de : '',
    en: typeof value.en === 'string' ? value.en : '',
    updatedAt: row.updatedAt,
    edited: row.updatedById !== null,
  };
}
