import { evidenceVersionScope, projectScope, type ScopeActor } from '@/lib/auth/scope';
import { db } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';
import { allowedFileTypeOf } from '@/lib/evidence/evidence-rules';

type EvidenceDownload = {
  storageKey: string;
  /** The name to offer, ending in the detected type's extension. */
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
};

/**
 * Resolves a file version for download on behalf of an actor: applicants of the project's
 * organisation (any version, also of removed evidence); officers only versions a submitted
 * revision references. Anything else — unknown id, link evidence, another organisation,
 * admin — is NotFoundError (404, never data).
 */
export async function getEvidenceVersionDownload({ actor, versionId }: { actor: ScopeActor; versionId: string }): Promise<EvidenceDownload> {
  const version = await db.evidenceVersion.findFirst({
    where: {
      id: versionId,
      storageKey: { not: null },
      evidence: { project: projectScope(actor) },
      ...evidenceVersionScope(actor),
    },
    select: { storageKey: true, fileName: true, mediaType: true, size: true, sha256: true },
  });
  const type = allowedFileTypeOf(version?.mediaType);
  if (!version?.storageKey || !type || version.size === null || !version.sha256) throw new NotFoundError('EvidenceVersion');
  const name = version.fileName ?? 'nachweis';
  const extensions = type.extension === 'jpg' ? ['jpg', 'jpeg'] : type.extension === 'tif' ? ['tif', 'tiff'] : [type.extension];
  const hasExtension = extensions.some((extension) => name.toLowerCase().endsWith(`.${extension}`));
  return {
    storageKey: version.storageKey,
    fileName: hasExtension ? name : `${name}.${type.extension}`,
    mediaType: type.mediaType,
    size: version.size,
    sha256: version.sha256,
  };
}
