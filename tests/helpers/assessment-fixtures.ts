import { db } from '@/lib/db';
import { createProject } from '@/lib/projects/create-project';
import type { ScopeActor } from '@/lib/auth/scope';
import type { AnswerDraft } from '@/lib/assessments/answer-rules';

export const COMPLETE_ANSWER: AnswerDraft = {
  status: 'FULFILLED',
  implementation: 'Umgesetzt durch mehrsprachige Informationsveranstaltungen.',
  plannedMeasures: '',
  targetDate: null,
  partners: 'IHK Magdeburg',
};

export async function actorFor(email: string): Promise<ScopeActor> {
  return db.user.findUniqueOrThrow({ where: { email }, select: { id: true, role: true, organisationId: true } });
}

/** A project of the actor's organisation, with its draft self-assessment (revision 1). */
export async function createTestProject(actor: ScopeActor, overrides: Record<string, unknown> = {}) {
  return createProject({
    actor,
    input: {
      title: `Testprojekt ${Math.random().toString(36).slice(2, 8)}`,
      description: 'Anwerbung von Pflegefachkräften',
      startDate: '2027-01-01',
      endDate: '2028-12-31',
      targetGroup: 'BOTH',
      plannedParticipants: 12,
      countries: ['VN', 'PH'],
      occupations: 'Pflege',
      region: 'magdeburg',
      ...overrides,
    },
  });
}

/** Sets every answer of the latest revision complete, directly in the database. */
export async function completeAllAnswers(projectId: string) {
  const revision = await db.revision.findFirstOrThrow({
    where: { assessment: { projectId } },
    orderBy: { number: 'desc' },
    select: { id: true },
  });
  await db.answer.updateMany({
    where: { revisionId: revision.id },
    data: { status: 'FULFILLED', implementation: COMPLETE_ANSWER.implementation, partners: COMPLETE_ANSWER.partners, version: { increment: 1 } },
  });
  return revision.id;
}
