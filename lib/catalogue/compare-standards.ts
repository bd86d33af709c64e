import type { DbOrTx } from '@/lib/db/types';

const TEXT_FIELDS = ['text', 'textEn', 'objective', 'objectiveEn', 'information', 'informationEn'] as const;

export type StandardChanges = {
  fromNumber: number;
  toNumber: number;
  /** Standard keys of the newer version's live standards whose texts are the same in both. */
  unchanged: string[];
  /** … whose text, objective or further information (German or English) differs. */
  changed: string[];
  /** Live in the older version, retired in (or missing from) the newer one. */
  retired: string[];
  /** Live in the newer version, not live in the older one. */
  added: string[];
  /** Each key's display number (the newer version's; a retired standard's from the older one). */
  numbers: Record<string, number>;
};

/**
 * Which standards two catalogue versions share unchanged, changed, retired or added, by stable
 * key, by standard number. Two queries.
 */
export async function compareStandards({
  db,
  fromVersionId,
  toVersionId,
}: {
  db: DbOrTx;
  fromVersionId: string;
  toVersionId: string;
}): Promise<StandardChanges> {
  const select = {
    number: true,
    standards: {
      where: { retired: false },
      orderBy: { number: 'asc' },
      select: { key: true, number: true, text: true, textEn: true, objective: true, objectiveEn: true, information: true, informationEn: true },
    },
  } as const;
  const [from, to] = await Promise.all([
    db.catalogueVersion.findUniqueOrThrow({ where: { id: fromVersionId }, select }),
    db.catalogueVersion.findUniqueOrThrow({ where: { id: toVersionId }, select }),
  ]);
  const before = new Map(from.standards.map((standard) => [standard.key, standard]));
  const after = new Set(to.standards.map((standard) => standard.key));
  const numbers = Object.fromEntries([...from.standards, ...to.standards].map((standard) => [standard.key, standard.number]));
  const changes: StandardChanges = { fromNumber: from.number, toNumber: to.number, unchanged: [], changed: [], retired: [], added: [], numbers };
  for (const standard of to.standards) {
    const old = before.get(standard.key);
    if (!old) changes.added.push(standard.key);
    else if (TEXT_FIELDS.every((field) => (old[field] ?? '') === (standard[field] ?? ''))) changes.unchanged.push(standard.key);
    else changes.changed.push(standard.key);
  }
  changes.retired = from.standards.filter((standard) => !after.has(standard.key)).map((standard) => standard.key);
  return changes;
}
