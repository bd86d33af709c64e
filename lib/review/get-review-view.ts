import { db } from '@/lib/db';
import { commentScope, visibleAssessment, visibleProject, type ScopeActor } from '@/lib/auth/scope';
import { toAnswerDraft } from '@/lib/assessments/answer-rules';
import { getAssessmentView } from '@/lib/assessments/get-assessment-view';
import { readProfileSnapshot } from '@/lib/assessments/profile-snapshot';
import { NotFoundError } from '@/lib/errors';
import type { PhaseKey } from '@/lib/generated/prisma/enums';
import { COMMENT_EDIT_MINUTES } from '@/lib/review/comment-schema';
import { diffAnswers, type AnswerDiff } from '@/lib/review/diff-answers';
import { decisionSummary } from '@/lib/review/decision-summary';
import { DISPLAY_NAME_SELECT, displayName } from '@/lib/users/display-name';

const COMMENT_SELECT = {
  id: true,
  standardKey: true,
  body: true,
  internal: true,
  createdAt: true,
  editedAt: true,
  retractedAt: true,
  authorId: true,
  revision: { select: { number: true } },
} as const;

/** The self-assessment an officer opened at /review/[assessmentId]: its project id, if visible. */
export async function findReviewProjectId({ assessmentId, actor }: { assessmentId: string; actor: ScopeActor }): Promise<string> {
  const assessment = await db.assessment.findFirst({ where: visibleAssessment(actor, assessmentId), select: { projectId: true } });
  if (!assessment) throw new NotFoundError('Assessment');
  return assessment.projectId;
}

/**
 * Everything of the review around one revision of a self-assessment, for officers (review
 * pages) and applicants (their own pages): getAssessmentView (which shows officers only
 * submitted revisions), plus the profile as submitted, the assignment, the verdicts, the
 * decision and an open four-eyes proposal, the comment threads of the standards shown (internal
 * notes only for officers: `commentScope`) and, from the second submitted revision on, a diff of
 * each answer against the previous submitted revision with that round's verdicts.
 * Applicants see verdicts only of a decided revision (until then they are the officer's work in
 * progress); on a new draft, those of the revision that was sent back.
 */
export async function getReviewView({
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
  /** The reader's language, for the names of erased people (lib/users/display-name.ts). */
  locale?: string;
}) {
  const view = await getAssessmentView({ projectId, actor, revisionNumber, phase, locale });
  const officer = actor.role !== 'APPLICANT';
  if (!view.revisions.some((revision) => revision.status === 'SUBMITTED')) {
    // Never submitted (an applicant's first draft): nothing of the review exists yet, no queries.
    return {
      ...view,
      profile: null,
      assignment: { assignedTo: null, assignedAt: null, submittedAt: null },
      verdicts: {} as Record<string, 'OK' | 'NEEDS_REVISION'>,
      verdictRevisionNumber: null,
      decision: null,
      proposal: null,
      returnedProposal: null,
      previousRevisionNumber: null,
      previousVerdicts: {} as Record<string, 'OK' | 'NEEDS_REVISION'>,
      diffs: {} as Record<string, AnswerDiff>,
      threads: {} as Record<string, ReviewComment[]>,
    };
  }
  const shownKeys = view.shownPhase ? view.shownPhase.topics.flatMap((topic) => topic.standards.map((standard) => standard.key)) : null;

  const [assessment, submitted] = await Promise.all([
    db.assessment.findFirstOrThrow({
      where: { AND: [{ id: view.assessment.id }, { project: visibleProject(actor, projectId) }] },
      select: { submittedAt: true, assignedAt: true, assignedTo: { select: { id: true, ...DISPLAY_NAME_SELECT } } },
    }),
    db.revision.findMany({
      where: { assessmentId: view.assessment.id, status: 'SUBMITTED', number: { lte: view.revision.number } },
      orderBy: { number: 'desc' },
      take: 3,
      select: {
        id: true,
        number: true,
        withdrawnAt: true,
        profileSnapshot: true,
        verdicts: { select: { standardKey: true, verdict: true } },
        decision: {
          select: {
            kind: true,
            reason: true,
            dueDate: true,
            decidedAt: true,
            decidedById: true,
            confirmedById: true,
          },
        },
        // An open four-eyes proposal is officers' business: for applicants the filter matches none.
        proposals: { where: officer ? { resolution: null } : { id: { in: [] } }, select: { id: true, kind: true, reason: true, proposedById: true, proposedAt: true } },
      },
    }),
  ]);

  const shown = submitted.find((revision) => revision.number === view.revision.number) ?? null;
  // The round the shown revision answers: for a submitted revision the one before it (not withdrawn); for a draft the latest submitted.
  const previous = submitted.find((revision) => revision.number < view.revision.number && !revision.withdrawnAt) ?? null;
  const verdictSource = shown ?? (officer ? null : previous);
  const verdicts = verdictSource && (officer || verdictSource.decision) ? verdictSource.verdicts : [];

  const [comments, previousAnswers, lastReturned] = await Promise.all([
    db.comment.findMany({
      where: {
        AND: [
          { assessmentId: view.assessment.id },
          commentScope(actor),
          shownKeys ? { standardKey: { in: shownKeys } } : {},
          { revision: { number: { lte: view.revision.number } } },
        ],
      },
      orderBy: { createdAt: 'asc' },
      select: COMMENT_SELECT,
    }),
    officer && shown && previous && shownKeys
      ? db.answer.findMany({
          where: { revisionId: previous.id, standardKey: { in: shownKeys } },
          select: { standardKey: true, status: true, implementation: true, plannedMeasures: true, targetDate: true, partners: true },
        })
      : Promise.resolve([]),
    officer && shown
      ? db.decisionProposal.findFirst({
          where: { revisionId: shown.id, resolution: 'RETURNED' },
          orderBy: { resolvedAt: 'desc' },
          select: { kind: true, returnNote: true, resolvedAt: true, resolvedById: true },
        })
      : Promise.resolve(null),
  ]);

  const decision = shown?.decision ?? (officer ? null : previous?.decision ?? null);
  const proposal = shown?.proposals[0] ?? null;
  const peopleIds = new Set<string>(comments.map((comment) => comment.authorId));
  for (const id of [decision?.decidedById, decision?.confirmedById, proposal?.proposedById, lastReturned?.resolvedById]) if (id) peopleIds.add(id);
  const people = new Map(
    (await db.user.findMany({ where: { id: { in: [...peopleIds] } }, select: { id: true, role: true, ...DISPLAY_NAME_SELECT } })).map((user) => [user.id, { role: user.role, name: displayName(user, locale) }]),
  );
  const nameOf = (id: string | null | undefined) => (id ? (people.get(id)?.name ?? null) : null);

  const previousByKey = new Map(previousAnswers.map((answer) => [answer.standardKey, toAnswerDraft(answer)]));
  const diffs: Record<string, AnswerDiff> = {};
  if (previous && shown && officer && shownKeys) {
    for (const key of shownKeys) {
      const answer = view.answers[key];
      if (answer) diffs[key] = diffAnswers(previousByKey.get(key), answer);
    }
  }

  const threads: Record<string, ReviewComment[]> = {};
  const now = Date.now();
  for (const comment of comments) {
    const author = people.get(comment.authorId);
    (threads[comment.standardKey ?? ''] ??= []).push({
      id: comment.id,
      body: comment.retractedAt ? '' : comment.body,
      internal: comment.internal,
      createdAt: comment.createdAt.toISOString(),
      editedAt: comment.editedAt?.toISOString() ?? null,
      retractedAt: comment.retractedAt?.toISOString() ?? null,
      revisionNumber: comment.revision.number,
      authorName: author?.name ?? null,
      authorIsOfficer: author ? author.role !== 'APPLICANT' : false,
      own: comment.authorId === actor.id,
      editable: comment.authorId === actor.id && !comment.retractedAt && now - comment.createdAt.getTime() < COMMENT_EDIT_MINUTES * 60_000,
    });
  }

  return {
    ...view,
    /** The profile and companies as submitted with the shown revision (null for a draft). */
    profile: readProfileSnapshot(shown?.profileSnapshot),
    assignment: {
      assignedTo: assessment.assignedTo && { id: assessment.assignedTo.id, name: displayName(assessment.assignedTo, locale) },
      assignedAt: assessment.assignedAt, submittedAt: assessment.submittedAt },
    verdicts: Object.fromEntries(verdicts.map((row) => [row.standardKey, row.verdict])) as Record<string, 'OK' | 'NEEDS_REVISION'>,
    /** The revision the verdicts and the decision belong to. */
    verdictRevisionNumber: verdictSource?.number ?? null,
    decision: decision && decisionSummary(decision, nameOf),
    proposal: proposal && { ...proposal, proposedByName: nameOf(proposal.proposedById), own: proposal.proposedById === actor.id },
    returnedProposal: lastReturned && { ...lastReturned, resolvedByName: nameOf(lastReturned.resolvedById) },
    previousRevisionNumber: officer && shown ? (previous?.number ?? null) : null,
    /** The previous round's verdicts, beside the new answers (officers, from the second revision on). */
    previousVerdicts: Object.fromEntries(officer && shown && previous ? previous.verdicts.map((row) => [row.standardKey, row.verdict]) : []) as Record<string, 'OK' | 'NEEDS_REVISION'>,
    diffs,
    /** Comment threads per standard key of the shown phase ('' : on the self-assessment as a whole). */
    threads,
  };
}

export type ReviewComment = {
  id: string;
  body: string;
  internal: boolean;
  createdAt: string;
  editedAt: string | null;
  retractedAt: string | null;
  revisionNumber: number;
  authorName: string | null;
  authorIsOfficer: boolean;
  own: boolean;
  /** The author may still change its text (COMMENT_EDIT_MINUTES after writing, not retracted). */
  editable: boolean;
};

export type ReviewViewData = Awaited<ReturnType<typeof getReviewView>>;
