import { db } from '@/lib/db';
import { projectScope, type ScopeActor } from '@/lib/auth/scope';
import { toAnswerDraft } from '@/lib/assessments/answer-rules';
import { ANSWER_SELECT } from '@/lib/assessments/answer-select';
import { CATALOGUE_TREE_SELECT } from '@/lib/catalogue/catalogue-tree-select';
import { listMissingAnswers } from '@/lib/assessments/list-missing-answers';
import { NotFoundError } from '@/lib/errors';

/**
 * Everything the self-assessment page shows: the project's profile essentials, the assessment
 * status, all revisions, and one revision (the latest, or `revisionNumber`) laid out by its
 * pinned catalogue version with its answers. Scoped: NotFoundError for anyone who may not see
 * the project or asks for a revision that does not exist.
 */
export async function getAssessmentView({
  projectId,
  actor,
  revisionNumber,
}: {
  projectId: string;
  actor: ScopeActor;
  revisionNumber?: number;
}) {
  const project = await db.project.findFirst({
    where: { AND: [{ id: projectId }, projectScope(actor)] },
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
            orderBy: { number: 'desc' },
            select: { id: true, number: true, status: true, submittedAt: true, withdrawnAt: true, createdAt: true },
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
          number: true,
          phases: CATALOGUE_TREE_SELECT,
        },
      },
      answers: { select: { standardKey: true, ...ANSWER_SELECT } },
    },
  });

  const byKey = new Map(revision.answers.map((answer) => [answer.standardKey, answer]));
  const order = revision.catalogueVersion.phases.flatMap((phase) => phase.topics.flatMap((topic) => topic.standards.map((s) => s.key)));
  const orderedAnswers = order.map((key) => byKey.get(key)).filter((answer) => answer !== undefined);
  const missing = listMissingAnswers(orderedAnswers);
  const missingKeys = new Set(missing.map((item) => item.standardKey));

  const phases = revision.catalogueVersion.phases.map((phase) => {
    const keys = phase.topics.flatMap((topic) => topic.standards.map((standard) => standard.key));
    return {
      ...phase,
      total: keys.length,
      complete: keys.filter((key) => byKey.has(key) && !missingKeys.has(key)).length,
    };
  });

  return {
    project: { id: project.id, title: project.title, targetGroup: project.targetGroup, countries: project.countries },
    assessment: { id: assessment.id, status: assessment.status },
    revisions: assessment.revisions,
    revision: { ...selected, isLatest: selected.id === latest.id, catalogueVersionNumber: revision.catalogueVersion.number },
    editable: actor.role === 'APPLICANT' && selected.id === latest.id && selected.status === 'DRAFT',
    phases,
    answers: Object.fromEntries(
      revision.answers.map((answer) => [
        answer.standardKey,
        { ...toAnswerDraft(answer), version: answer.version, updatedAt: answer.updatedAt.toISOString() },
      ]),
    ),
    missing,
    progress: { complete: orderedAnswers.length - missing.length, total: orderedAnswers.length },
  };
}

export type AssessmentView = Awaited<ReturnType<typeof getAssessmentView>>;
