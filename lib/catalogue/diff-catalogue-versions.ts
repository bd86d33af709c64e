import { db } from '@/lib/db';
import { STANDARD_TEXT_FIELDS, type StandardTextField, type StoredStandardTexts } from '@/lib/catalogue/catalogue-text';
import type { DbOrTx } from '@/lib/db/types';
import { wordDiff, type DiffPart } from '@/lib/diff/word-diff';
import { NotFoundError } from '@/lib/errors';
import type { CatalogueStatus, PhaseKey } from '@/lib/generated/prisma/enums';

/** How a standard changed from one catalogue version to another. */
export type CatalogueChange = 'new' | 'changed' | 'retired' | 'unchanged';

export type StandardDiff = {
  key: string;
  /** The display number in the newer version (the older one's for a retired standard). */
  number: number;
  change: CatalogueChange;
  /** Where it stands (the older version's place for a retired standard). */
  phase: PhaseKey;
  topicHeading: string;
  /**
   * A word-level diff per text that differs: for a changed standard the changed fields, for a
   * new one every text it has (all added), for a retired one every text it had (all removed);
   * empty when unchanged.
   */
  fields: Partial<Record<StandardTextField, DiffPart[]>>;
};

/** A phase title or topic heading that differs (phases by key, topics by phase and position). */
export type HeadingDiff = {
  kind: 'phase' | 'topic';
  phase: PhaseKey;
  position: number;
  before: { heading: string; headingEn: string | null };
  after: { heading: string; headingEn: string | null };
  heading?: DiffPart[];
  headingEn?: DiffPart[];
};

export type CatalogueDiff = {
  from: { id: string; number: number };
  to: { id: string; number: number; status: CatalogueStatus };
  /** Every standard of either version, by display number (standards retired in both left out). */
  standards: StandardDiff[];
  headings: HeadingDiff[];
  counts: Record<CatalogueChange, number> & { headings: number };
};

const TREE_SELECT = {
  id: true,
  number: true,
  status: true,
  phases: {
    orderBy: { position: 'asc' },
    select: {
      key: true,
      title: true,
      titleEn: true,
      topics: {
        orderBy: { position: 'asc' },
        select: {
          position: true,
          heading: true,
          headingEn: true,
          standards: {
            orderBy: { position: 'asc' },
            select: { key: true, number: true, retired: true, text: true, textEn: true, objective: true, objectiveEn: true, information: true, informationEn: true },
          },
        },
      },
    },
  },
} as const;

type Placed = StoredStandardTexts & { key: string; number: number; retired: boolean; phase: PhaseKey; topicHeading: string };

function textDiffs(before: StoredStandardTexts | null, after: StoredStandardTexts | null): StandardDiff['fields'] {
  const fields: StandardDiff['fields'] = {};
  for (const field of STANDARD_TEXT_FIELDS) {
    const old = before?.[field] ?? '';
    const now = after?.[field] ?? '';
    if (old !== now) fields[field] = wordDiff(old, now);
  }
  return fields;
}

/**
 * What changed from catalogue version `fromVersionId` to `toVersionId` (usually the published
 * version a draft was copied from, and the draft; or an applicant's pinned version and the
 * newest): per standard key „neu“, „geändert“, „entfällt“ or unchanged, with a word-level diff of
 * each changed text (German and English), the phase titles and topic headings that differ, and
 * the counts. Two versions in one query; public data (catalogue texts), no scope needed.
 */
export async function diffCatalogueVersions({
  fromVersionId,
  toVersionId,
  db: client = db,
}: {
  fromVersionId: string;
  toVersionId: string;
  db?: DbOrTx;
}): Promise<CatalogueDiff> {
  const versions = await client.catalogueVersion.findMany({ where: { id: { in: [fromVersionId, toVersionId] } }, select: TREE_SELECT });
  const from = versions.find((version) => version.id === fromVersionId);
  const to = versions.find((version) => version.id === toVersionId);
  if (!from || !to) throw new NotFoundError('CatalogueVersion');

  const placed = (version: typeof from): Map<string, Placed> =>
    new Map(
      version.phases.flatMap((phase) =>
        phase.topics.flatMap((topic) => topic.standards.map((standard) => [standard.key, { ...standard, phase: phase.key, topicHeading: topic.heading }] as const)),
      ),
    );
  const before = placed(from);
  const after = placed(to);

  const standards: StandardDiff[] = [];
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const old = before.get(key);
    const now = after.get(key);
    const wasThere = old !== undefined && !old.retired;
    const isThere = now !== undefined && !now.retired;
    if (!wasThere && !isThere) continue;
    const place = isThere ? now! : old!;
    const change: CatalogueChange = !wasThere ? 'new' : !isThere ? 'retired' : 'changed';
    const fields = textDiffs(wasThere ? old! : null, isThere ? now! : null);
    standards.push({
      key,
      number: place.number,
      change: change === 'changed' && Object.keys(fields).length === 0 ? 'unchanged' : change,
      phase: place.phase,
      topicHeading: place.topicHeading,
      fields,
    });
  }
  standards.sort((a, b) => a.number - b.number || a.key.localeCompare(b.key));

  const headings: HeadingDiff[] = [];
  const compare = (kind: HeadingDiff['kind'], phase: PhaseKey, position: number, old: HeadingDiff['before'], now: HeadingDiff['after']) => {
    if (old.heading === now.heading && old.headingEn === now.headingEn) return;
    const entry: HeadingDiff = { kind, phase, position, before: old, after: now };
    if (old.heading !== now.heading) entry.heading = wordDiff(old.heading, now.heading);
    if (old.headingEn !== now.headingEn) entry.headingEn = wordDiff(old.headingEn ?? '', now.headingEn ?? '');
    headings.push(entry);
  };
  for (const phase of to.phases) {
    const oldPhase = from.phases.find((candidate) => candidate.key === phase.key);
    if (!oldPhase) continue;
    compare('phase', phase.key, 0, { heading: oldPhase.title, headingEn: oldPhase.titleEn }, { heading: phase.title, headingEn: phase.titleEn });
    for (const topic of phase.topics) {
      const oldTopic = oldPhase.topics.find((candidate) => candidate.position === topic.position);
      if (oldTopic) compare('topic', phase.key, topic.position, { heading: oldTopic.heading, headingEn: oldTopic.headingEn }, { heading: topic.heading, headingEn: topic.headingEn });
    }
  }

  const count = (change: CatalogueChange) => standards.filter((standard) => standard.change === change).length;
  return {
    from: { id: from.id, number: from.number },
    to: { id: to.id, number: to.number, status: to.status },
    standards,
    headings,
    counts: { new: count('new'), changed: count('changed'), retired: count('retired'), unchanged: count('unchanged'), headings: headings.length },
  };
}
