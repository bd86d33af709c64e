import { db } from '@/lib/db';
import { LEGAL_PAGES, legalSettingKey, type LegalPage } from '@/lib/legal/legal-pages';

export type LegalTextState = { page: LegalPage; state: 'missing' | 'placeholder' | 'edited'; updatedAt: Date | null };

/** Each legal page and whether its text is missing, still the seed's placeholder, or saved by an administrator: one query. */
export async function listLegalTextStates(): Promise<LegalTextState[]> {
  const rows = await db.setting.findMany({
    where: { key: { in: LEGAL_PAGES.map(legalSettingKey) } },
    select: { key: true, updatedAt: true, updatedById: true },
  });
  return LEGAL_PAGES.map((page) => {
    const row = rows.find((candidate) => candidate.key === legalSettingKey(page));
    if (!row) return { page, state: 'missing', updatedAt: null };
    return { page, state: row.updatedById ? 'edited' : 'placeholder', updatedAt: row.updatedAt };
  });
}
