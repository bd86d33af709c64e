import type { StoredStandardTexts } from '@/lib/catalogue/catalogue-text';

/** A standard of a draft as the editor loads it: texts, lock version, who saved it last. */
export const DRAFT_STANDARD_SELECT = {
  id: true,
  key: true,
  number: true,
  text: true,
  objective: true,
  information: true,
  textEn: true,
  objectiveEn: true,
  informationEn: true,
  retired: true,
  lockVersion: true,
  updatedAt: true,
  updatedById: true,
} as const;

/** A standard of the draft as saved: what the editor gets back, and the other side of a conflict. */
export type StoredDraftStandard = StoredStandardTexts & {
  key: string;
  number: number;
  retired: boolean;
  lockVersion: number;
  /** ISO 8601; null while nobody has saved it in this draft. */
  updatedAt: string | null;
  updatedByName: string | null;
};

export function toStoredDraftStandard(
  row: StoredStandardTexts & { key: string; number: number; retired: boolean; lockVersion: number; updatedAt: Date | null },
  updatedByName: string | null,
): StoredDraftStandard {
  return {
    key: row.key,
    number: row.number,
    text: row.text,
    objective: row.objective,
    information: row.information,
    textEn: row.textEn,
    objectiveEn: row.objectiveEn,
    informationEn: row.informationEn,
    retired: row.retired,
    lockVersion: row.lockVersion,
    updatedAt: row.updatedAt?.toISOString() ?? null,
    updatedByName,
  };
}
