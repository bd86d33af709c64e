import { db } from '@/lib/db';
import { revisionScope, visibleProject, type ScopeActor } from '@/lib/auth/scope';
import { toAnswerDraft } from '@/lib/assessments/answer-rules';
import { ANSWER_SELECT } from '@/lib/assessments/answer-select';
import { CATALOGUE_OUTLINE_SELECT, STANDARD_TEXT_SELECT } from '@/lib/catalogue/catalogue-tree-select';
import { PHASE_SLUGS } from '@/lib/catalogue/phase-slug';
import { compareStandards } from '@/lib/catalogue/compare-standards';
import { getApplicabilityHints } from '@/lib/assessments/get-applicability-hints';
import { listMissingAnswers } from '@/lib/assessments/list-missing-answers';
import { NotFoundError } from '@/lib/errors';
import type { PhaseKey } from '@/lib/generated/prisma/enums';
import type { EvidenceItem } from '@/lib/evidence/evidence-item';
import { listEvidence } from '@/lib/evidence/list-evidence';
import { listRevisionEvidence } from '@/lib/evidence/list-revision-evidence';
import { DISPLAY_NAME_SELECT, displayName } from '@/lib/users/display-name';

/**
 * Everything the self-assessment's pages show: the project's profile essentials, the assessment
 * status, all revisions, and one revision (the latest, or `revisionNumber`) with its answers,
 * each answer's completeness, progress per phase of its pinned catalogue version and, while
 * editable, the applicability hints. With `phase` (a phase page), also that phase's standards
 * with their texts (`shownPhase`) and their evidence (a draft: the project's current evidence; a
 * submitted revision: its frozen snapshot); the overview needs neither, and loading every
 * standard's texts was most of this function's cost. Scoped: NotFoundError for anyone who may
 * not see the project or asks for a revision or phase that does not exist; officers see only
 * submitted revisions (`revisionScope`: „latest“ is then the latest submitted one, never a draft).
 * `locale` is the reader's language for the names of erased people (lib/users/display-name.ts).
 */
export async function getAssessmentView({
  projectId,
  actor,
  revisionNumber,
  phase,
  locale,
}: {
  projectId: string;
  actor: ScopeActor;
  revisionNumber?: number;
  phase?: PhaseKey;
  locale?: string;
}) {
  const project = await db.project.findFirst({
    where: visibleProject(actor, projectId),
    select: {
      id: true,
      title: true,
      targetGroup: true,
      countries: true,
      assessment: {
        select: {
          id: true,
          status: true,
          revisions: {
            where: revisionScope(actor),
            orderBy: { number: 'desc' },
            select: {
              id: true,
              number: true,
              status: true,
              submittedAt: true,
              withdrawnAt: true,
              createdAt: true,
              catalogueVersion: { select: { number: true } },
            },
          },
        },
      },
    },
  });
  const assessment = project?.assessment;
  if (!project || !assessment || assessment.revisions.length === 0) throw new NotFoundError('assessment');
  const latest = assessment.revisions[0]!;
  const selected =
    revisionNumber === undefined ? latest : assessment.revisions.find((revision) => revision.number === revisionNumber);
  if (!selected) throw new NotFoundError('revision');

  const revision = await db.revision.findUniqueOrThrow({
    where: { id: selected.id },
    select: {
      catalogueVersion: {
        select: {
          id: true,
          number: true,
          phases: CATALOGUE_OUTLINE_SELECT,
        },
      },
      answers: { select: { standardKey: true, needsConfirmation: true, ...ANSWER_SELECT } },
    },
  });

  const authorIds = [...new Set(revision.answers.flatMap((answer) => (answer.updatedById ? [answer.updatedById] : [])))];
  const authors = new Map(
    (await db.user.findMany({ where: { id: { in: authorIds } }, select: { id: true, ...DISPLAY_NAME_SELECT } })).map((user) => [user.id, displayName(user, locale)]),
  );
  const byKey = new Map(revision.answers.map((answer) => [answer.standardKey, answer]));
  const order = revision.catalogueVersion.phases.flatMap((phase) => phase.topics.flatMap((topic) => topic.standards.map((s) => s.key)));
  const orderedAnswers = order.map((key) => byKey.get(key)).filter((answer) => answer !== undefined);
  const missing = listMissingAnswers(orderedAnswers);
  const missingKeys = new Set(missing.map((item) => item.standardKey));

  const phases = revision.catalogueVersion.phases.map((phase) => {
    const keys = phase.topics.flatMap((topic) => topic.standards.map((standard) => standard.key));
    return {
      ...phase,
      slug: PHASE_SLUGS[phase.key],
      /** The keys of its standards, in order (progress counts them). */
      standardKeys: keys,
      total: keys.length,
      complete: keys.filter((key) => byKey.has(key) && !missingKeys.has(key)).length,
    };
  });

  const editable = actor.role === 'APPLICANT' && selected.id === latest.id && selected.status === 'DRAFT';
  const standards = revision.catalogueVersion.phases.flatMap((phase) =>
    phase.topics.flatMap((topic) => topic.standards.map((standard) => ({ ...standard, phaseSlug: PHASE_SLUGS[phase.key] }))),
  );
  const problemsByKey = new Map(missing.map((item) => [item.standardKey, item.problems]));
  const outline = phase === undefined ? undefined : phases.find((candidate) => candidate.key === phase);
  if (phase !== undefined && !outline) throw new NotFoundError('phase');
  const catalogueUpdate = editable ? await findCatalogueUpdate(revision.catalogueVersion.id) : null;
  const [texts, evidence] = outline
    ? await Promise.all([
        db.standard.findMany({ where: { topic: { phaseId: outline.id }, retired: false }, select: STANDARD_TEXT_SELECT }),
        selected.status === 'DRAFT'
          ? listEvidence({ actor, projectId: project.id })
          : listRevisionEvidence({ projectId: project.id, revisionId: selected.id }),
      ])
    : [[], []];
  const textsByKey = new Map(texts.map((standard) => [standard.key, standard]));
  const shownPhase = outline && {
    ...outline,
    topics: outline.topics.map((topic) => ({
      ...topic,
      standards: topic.standards.map((standard) => ({ ...standard, ...textsByKey.get(standard.key)! })),
    })),
  };
  const evidenceByStandard: Record<string, EvidenceItem[]> = {};
  for (const item of evidence) if (item.standardKey && textsByKey.has(item.standardKey)) (evidenceByStandard[item.standardKey] ??= []).push(item);

  return {
    project: { id: project.id, title: project.title },
    assessment: { id: assessment.id, status: assessment.status },
    revisions: assessment.revisions,
    revision: { ...selected, isLatest: selected.id === latest.id, catalogueVersionNumber: revision.catalogueVersion.number },
    editable,
    phases,
    /** Every standard of the revision in order, with the phase page it is on (`phase-1`). */
    standards: standards.map(({ key, number, phaseSlug }) => ({ key, number, phaseSlug })),
    answers: Object.fromEntries(
      revision.answers.map((answer) => [
        answer.standardKey,
        {
          ...toAnswerDraft(answer),
          version: answer.version,
          updatedAt: answer.updatedAt.toISOString(),
          updatedByName: (answer.updatedById && authors.get(answer.updatedById)) ?? null,
        },
      ]),
    ),
    /** Per standard: complete or not, its status and what is missing (the client keeps it current while typing). */
    completeness: Object.fromEntries(
      revision.answers.map((answer) => [
        answer.standardKey,
        { complete: !problemsByKey.has(answer.standardKey), status: answer.status, problems: problemsByKey.get(answer.standardKey) ?? [] },
      ]),
    ),
    missing,
    /** Keys of answers marked „Text geändert – bitte prüfen“ (to be confirmed). */
    textChanged: revision.answers.filter((answer) => answer.needsConfirmation).map((answer) => answer.standardKey),
    /** An editable draft on an older catalogue version: what „Übernehmen“ would change (else null). */
    catalogueUpdate,
    /** The phase asked for, with its standards' texts (null on the overview). */
    shownPhase: shownPhase ?? null,
    /** Evidence per standard of the shown phase. */
    evidenceByStandard,
    hints: editable
      ? getApplicabilityHints({ targetGroup: project.targetGroup, countries: project.countries }).flatMap((key) => {
          const standard = standards.find((candidate) => candidate.key === key);
          return standard ? [{ key, number: standard.number }] : [];
        })
      : [],
    progress: { complete: orderedAnswers.length - missing.length, total: orderedAnswers.length },
  };
}

/** The newest published catalogue version, compared with the draft's, when it is newer. */
async function findCatalogueUpdate(versionId: string) {
  const latest = await db.catalogueVersion.findFirst({
    where: { status: 'PUBLISHED' },
    orderBy: { number: 'desc' },
    select: { id: true, publishedAt: true },
  });
  if (!latest || latest.id === versionId) return null;
  const changes = await compareStandards({ db, fromVersionId: versionId, toVersionId: latest.id });
  return { ...changes, toVersionId: latest.id, fromVersionId: versionId, publishedAt: latest.publishedAt };
}

export type AssessmentViewData = Awaited<ReturnType<typeof getAssessmentView>>;
