/**
 * The factories of the integration tests (tests/support/factories.ts: lib/'s domain functions),
 * writing to the portal's e2e database (./database-env.ts), plus `seedProject` for journeys
 * that start at a project of the demo applicant. Playwright loads lib/ with
 * tests/e2e/tsconfig.json (playwright.config.ts, `tsconfig`).
 */
import './database-env';
import { randomUUID } from 'node:crypto';
import { actorFor, createTestProject } from '@/tests/support/factories';
import type { ProjectFormInput } from '@/lib/projects/project-profile-schema';
import { DEMO } from './fixtures';

export * from '@/tests/support/factories';

/** The demo applicant (seeded by `npm start -- --demo`), as the domain functions want the actor. */
export function demoApplicant() {
  return actorFor(DEMO.APPLICANT.email);
}

/** A project of the demo applicant's organisation with its draft self-assessment (revision 1, 22 open answers). */
export async function seedProject(input: Partial<ProjectFormInput> = {}): Promise<{ id: string; title: string }> {
  return createTestProject({ actor: await demoApplicant(), input: { title: `E2E-Projekt ${randomUUID().slice(0, 8)}`, countries: ['VN'], ...input } });
}
