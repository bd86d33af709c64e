import type { Prisma } from '@/lib/generated/prisma/client';
import type { EvidenceKind } from '@/lib/generated/prisma/enums';
import { allowedFileTypeOf } from '@/lib/evidence/evidence-rules';

/** One version as the evidence list shows it (plain data, safe to hand to a client component). */
export type EvidenceVersionItem = {
  id: string;
  number: number;
  fileName: string | null;
  mediaType: string | null;
  /** „PDF“, „DOCX“ … for display. */
  typeLabel: string | null;
  size: number | null;
  /** Hex SHA-256 of a file's bytes (null for a link): officers compare it with what they were sent. */
  sha256: string | null;
  url: string | null;
  /** ISO 8601. */
  uploadedAt: string;
};

/** One piece of evidence: its latest version and the history (newest first, latest included). */
export type EvidenceItem = {
  id: string;
  kind: EvidenceKind;
  title: string;
  standardKey: string | null;
  companyId: string | null;
  removed: boolean;
  latest: EvidenceVersionItem;
  versions: EvidenceVersionItem[];
};

const versionSelect = {
  id: true,
  number: true,
  fileName: true,
  mediaType: true,
  size: true,
  sha256: true,
  url: true,
  uploadedAt: true,
} satisfies Prisma.EvidenceVersionSelect;

/** The select for `toEvidenceItem`; `versionWhere` narrows the versions (officers: submitted ones). */
export function evidenceItemSelect(versionWhere: Prisma.EvidenceVersionWhereInput = {}) {
  return {
    id: true,
    kind: true,
    title: true,
    standardKey: true,
    companyId: true,
    removedAt: true,
    versions: { where: versionWhere, orderBy: { number: 'desc' }, select: versionSelect },
  } satisfies Prisma.EvidenceSelect;
}

type EvidenceRow = Prisma.EvidenceGetPayload<{ select: ReturnType<typeof evidenceItemSelect> }>;

/** Null when no version is visible. */
export function toEvidenceItem(row: EvidenceRow): EvidenceItem | null {
  const versions = row.versions.map((version) => ({
    ...version,
    typeLabel: allowedFileTypeOf(version.mediaType)?.label ?? null,
    uploadedAt: version.uploadedAt.toISOString(),
  }));
  const latest = versions[0];
  if (!latest) return null;
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    standardKey: row.standardKey,
    companyId: row.companyId,
    removed: row.removedAt !== null,
    latest,
    versions,
  };
}
