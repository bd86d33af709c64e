import { db } from '@/lib/db';
import { commentScope, projectScope, revisionScope, type ScopeActor } from '@/lib/auth/scope';
import { readProfileSnapshot, toProfileSnapshot, type ProfileSnapshot } from '@/lib/assessments/profile-snapshot';
import { CATALOGUE_TREE_SELECT } from '@/lib/catalogue/catalogue-tree-select';
import { NotFoundError } from '@/lib/errors';
import type { AnswerStatus, AssessmentStatus, PhaseKey, Verdict } from '@/lib/generated/prisma/enums';
import { COMPANY_SELECT, PROFILE_SELECT } from '@/lib/projects/project-select';
import { decisionSummary, type DecisionSummary } from '@/lib/review/decision-summary';
import { DISPLAY_NAME_SELECT, displayName } from '@/lib/users/display-name';

/** One evidence version as the document lists it. */
export type DocumentEvidence = { title: string; fileName: string | null; url: string | null; version: number; size: number | null; sha256: string | null };

export type DocumentComment = {
  body: string;
  internal: boolean;
  createdAt: Date;
  edited: boolean;
  retractedAt: Date | null;
  revisionNumber: number;
  authorName: string | null;
  authorIsOfficer: boolean;
};

export type DocumentStandard = {
  key: string;
  number: number;
  text: string;
  textEn: string | null;
  objective: string;
  objectiveEn: string | null;
  answer: { status: AnswerStatus; implementation: string; plannedMeasures: string; targetDate: string | null; partners: string } | null;
  verdict: Verdict | null;
  evidence: DocumentEvidence[];
  comments: DocumentComment[];
};

export type RevisionDocument = {
  /** Officers' variant (internal notes, verdicts before the decision) or the applicants'. */
  variant: 'officer' | 'applicant';
  project: { title: string };
  assessment: { id: string; status: AssessmentStatus };
  revision: { number: number; status: 'DRAFT' | 'SUBMITTED'; submittedAt: Date | null; withdrawnAt: Date | null; catalogueVersionNumber: number };
  /** As submitted (the snapshot); for an applicant's draft the project as it is now. */
  profile: ProfileSnapshot;
  companyEvidence: Record<string, DocumentEvidence[]>;
  phases: { key: PhaseKey; title: string; titleEn: string | null; topics: { heading: string; headingEn: string | null; standards: DocumentStandard[] }[] }[];
  /** Comments on the self-assessment as a whole (no standard). */
  generalComments: DocumentComment[];
  decision: DecisionSummary | null;
};

const VERSION_SELECT = { number: true, fileName: true, url: true, size: true, sha256: true } as const;

/**
 * Everything the PDF of one revision shows („Als PDF herunterladen“, lib/export/render-revision-pdf.ts),
 * for an actor who may see that revision (lib/auth/scope.ts: applicants every revision of their
 * organisation's self-assessments, officers only submitted ones; anything else NotFoundError → 404).
 * The same rules as the review and applicant pages (lib/review/get-review-view.ts): comments
 * through `commentScope` (an applicant's document never holds an internal note), written on this
 * revision or an earlier one; verdicts for applicants only once the revision is decided; the
 * revision's own decision. Three statements (a draft four): the revision with its project,
 * catalogue texts, answers, verdicts, decision and frozen evidence in one; the comments beside it;
 * the names of the people it mentions; a draft's current evidence.
 */
export async function getRevisionDocument({
  actor,
  assessmentId,
  revisionNumber,
  locale,
}: {
  actor: ScopeActor;
  assessmentId: string;
  revisionNumber: number;
  /** The reader's language, for the names of erased people. */
  locale?: string;
}): Promise<RevisionDocument> {
  const officer = actor.role !== 'APPLICANT';
  // The comments are read beside the revision; nothing of them is used unless the revision is visible.
  const [revision, comments] = await Promise.all([
    db.revision.findFirst({
      where: { AND: [{ assessmentId, number: revisionNumber }, revisionScope(actor), { assessment: { project: projectScope(actor) } }] },
      select: {
        id: true,
        number: true,
        status: true,
        submittedAt: true,
        withdrawnAt: true,
        profileSnapshot: true,
        assessment: {
          select: {
            id: true,
            status: true,
            project: { select: { id: true, ...PROFILE_SELECT, organisation: { select: { name: true } }, companies: { where: { removedAt: null }, orderBy: { position: 'asc' }, select: COMPANY_SELECT } } },
          },
        },
        catalogueVersion: { select: { number: true, phases: CATALOGUE_TREE_SELECT } },
        answers: { select: { standardKey: true, status: true, implementation: true, plannedMeasures: true, targetDate: true, partners: true } },
        verdicts: { select: { standardKey: true, verdict: true } },
        decision: { select: { kind: true, reason: true, dueDate: true, decidedAt: true, decidedById: true, confirmedById: true } },
        evidence: { select: { evidenceVersion: { select: { ...VERSION_SELECT, evidence: { select: { title: true, standardKey: true, companyId: true, createdAt: true } } } } } },
      },
    }),
    db.comment.findMany({
      where: { AND: [{ assessmentId }, commentScope(actor), { revision: { number: { lte: revisionNumber } } }] },
      orderBy: { createdAt: 'asc' },
      select: { standardKey: true, body: true, internal: true, createdAt: true, editedAt: true, retractedAt: true, authorId: true, revision: { select: { number: true } } },
    }),
  ]);
  if (!revision) throw new NotFoundError('revision');
  const { project } = revision.assessment;

  const peopleIds = new Set(comments.map((comment) => comment.authorId));
  for (const id of [revision.decision?.decidedById, revision.decision?.confirmedById]) if (id) peopleIds.add(id);
  const [people, draftEvidence] = await Promise.all([
    db.user.findMany({ where: { id: { in: [...peopleIds] } }, select: { id: true, role: true, ...DISPLAY_NAME_SELECT } }),
    // A draft (applicants only) shows the evidence as it is now: each item's latest version.
    revision.status === 'DRAFT'
      ? db.evidence.findMany({
          where: { projectId: project.id, removedAt: null },
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
          select: { title: true, standardKey: true, companyId: true, createdAt: true, versions: { orderBy: { number: 'desc' }, take: 1, select: VERSION_SELECT } },
        })
      : Promise.resolve([]),
  ]);
  const byId = new Map(people.map((user) => [user.id, { name: displayName(user, locale), officer: user.role !== 'APPLICANT' }]));
  const nameOf = (id: string | null | undefined) => (id ? (byId.get(id)?.name ?? null) : null);

  const evidenceRows =
    revision.status === 'DRAFT'
      ? draftEvidence.flatMap(({ versions, ...evidence }) => (versions[0] ? [{ ...versions[0], evidence }] : []))
      : revision.evidence.map((row) => row.evidenceVersion).sort((a, b) => a.evidence.createdAt.getTime() - b.evidence.createdAt.getTime());
  const evidenceByStandard = new Map<string, DocumentEvidence[]>();
  const companyEvidence: Record<string, DocumentEvidence[]> = {};
  for (const { evidence, number, ...version } of evidenceRows) {
    const item = { title: evidence.title, version: number, ...version };
    if (evidence.standardKey) evidenceByStandard.set(evidence.standardKey, [...(evidenceByStandard.get(evidence.standardKey) ?? []), item]);
    else if (evidence.companyId) (companyEvidence[evidence.companyId] ??= []).push(item);
  }

  const threads = new Map<string, DocumentComment[]>();
  for (const comment of comments) {
    const author = byId.get(comment.authorId);
    const key = comment.standardKey ?? '';
    threads.set(key, [
      ...(threads.get(key) ?? []),
      {
        body: comment.retractedAt ? '' : comment.body,
        internal: comment.internal,
        createdAt: comment.createdAt,
        edited: comment.editedAt !== null,
        retractedAt: comment.retractedAt,
        revisionNumber: comment.revision.number,
        authorName: author?.name ?? null,
        authorIsOfficer: author?.officer ?? false,
      },
    ]);
  }

  const answers = new Map(revision.answers.map(({ standardKey, targetDate, ...answer }) => [standardKey, { ...answer, targetDate: targetDate?.toISOString().slice(0, 10) ?? null }]));
  // Applicants see verdicts only of a decided revision (until then they are the officer's work in progress).
  const verdicts = new Map(officer || revision.decision ? revision.verdicts.map((row) => [row.standardKey, row.verdict]) : []);
  const { id: _projectId, companies, ...profile } = project;
  const decision = revision.decision;

  return {
    variant: officer ? 'officer' : 'applicant',
    project: { title: project.title },
    assessment: { id: revision.assessment.id, status: revision.assessment.status },
    revision: {
      number: revision.number,
      status: revision.status,
      submittedAt: revision.submittedAt,
      withdrawnAt: revision.withdrawnAt,
      catalogueVersionNumber: revision.catalogueVersion.number,
    },
    profile: readProfileSnapshot(revision.profileSnapshot) ?? toProfileSnapshot({ ...profile, companies }),
    companyEvidence,
    phases: revision.catalogueVersion.phases.map((phase) => ({
      key: phase.key,
      title: phase.title,
      titleEn: phase.titleEn,
      topics: phase.topics.map((topic) => ({
        heading: topic.heading,
        headingEn: topic.headingEn,
        standards: topic.standards.map((standard) => ({
          key: standard.key,
          number: standard.number,
          text: standard.text,
          textEn: standard.textEn,
          objective: standard.objective,
          objectiveEn: standard.objectiveEn,
          answer: answers.get(standard.key) ?? null,
          verdict: verdicts.get(standard.key) ?? null,
          evidence: evidenceByStandard.get(standard.key) ?? [],
          comments: threads.get(standard.key) ?? [],
        })),
      })),
    })),
    generalComments: threads.get('') ?? [],
    decision: decision && decisionSummary(decision, nameOf),
  };
}
