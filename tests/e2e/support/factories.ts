/**
 * The factories of the integration tests (tests/support/factories.ts: lib/'s domain functions),
 * writing to the portal's e2e database (./database-env.ts), plus `seedProject` for journeys
 * that start at a project of the demo applicant and `proposeDecision` for a four-eyes proposal. Playwright loads lib/ with
 * tests/e2e/tsconfig.json (playwright.config.ts, `tsconfig`).
 */
import './database-env';
import { randomUUID } from 'node:crypto';
import { actorFor, createTestProject, demoActors } from '@/tests/support/factories';
import type { ScopeActor } from '@/lib/auth/scope';
import type { ProjectFormInput } from '@/lib/projects/project-profile-schema';
import { decideAssessment } from '@/lib/review/decide-assessment';
import { updateSettings } from '@/lib/settings/update-settings';
import { DEMO, FOUR_EYES_LOCK, withSuiteLock } from './fixtures';

export * from '@/tests/support/factories';

/** The demo applicant (seeded by `npm start -- --demo`), as the domain functions want the actor. */
export function demoApplicant() {
  return actorFor(DEMO.APPLICANT.email);
}

/** A project of the demo applicant's organisation with its draft self-assessment (revision 1, 22 open answers). */
export async function seedProject(input: Partial<ProjectFormInput> = {}): Promise<{ id: string; title: string }> {
  return createTestProject({ actor: await demoApplicant(), input: { title: `E2E-Projekt ${randomUUID().slice(0, 8)}`, countries: ['VN'], ...input } });
}

/**
 * A four-eyes proposal („Vorschlag“) on an assessment under review, made as officers make it:
 * `proposer` (the assignee) decides `kind` while the four-eyes rule is on. The rule is switched
 * on for that moment only (by the demo administrator, as in „Einstellungen“) and back off after,
 * under FOUR_EYES_LOCK, so no other worker's decision meets it. The proposal stays open until a
 * second officer confirms or returns it, whatever the setting.
 */
export async function proposeDecision({
  assessmentId,
  proposer,
  kind = 'ACCEPTED',
  reason = '',
}: {
  assessmentId: string;
  proposer: ScopeActor;
  kind?: 'ACCEPTED' | 'REJECTED';
  reason?: string;
}): Promise<void> {
  await withSuiteLock(FOUR_EYES_LOCK, async () => {
    const { admin } = await demoActors();
    await updateSettings({ actor: admin, input: { reviewFourEyes: true } });
    try {
      const { proposed } = await decideAssessment({ assessmentId, actor: proposer, input: { kind, reason, dueDate: null } });
      if (!proposed) throw new Error('proposeDecision: the decision was made at once, not proposed');
    } finally {
      await updateSettings({ actor: admin, input: { reviewFourEyes: false } });
    }
  });
}
