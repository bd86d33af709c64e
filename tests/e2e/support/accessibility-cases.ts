/**
 * The pages and states tests/e2e/accessibility.spec.ts judges, one file per audience in
 * ./accessibility-cases/: `public.ts` (visitors), `applicant.ts`, `officer.ts`, `admin.ts`. Each
 * file holds groups (./accessibility-cases/kit.ts, `A11yGroup`): who is signed in, the data its
 * cases need (`arrange`, with the factories) and its cases — a URL and, optionally, what to do
 * there to reach the state to judge (a form with its errors, an open dialog, the autosave
 * conflict). Every case is scanned by axe (WCAG 2.0/2.1 A and AA, any severity) at 1280 px, at
 * 320 px and at 640 px with 200 % text, and must not scroll sideways (./accessibility.ts).
 *
 * ADD A PAGE: append `{ name, path }` to a group of the audience that sees it; when it needs
 * data, create it in that group's `arrange` and use it in `path: (data) => …`; for a state, give
 * `state`. Each group is one test, and the two workers share the groups: keep a group at about
 * a dozen cases (a page with the 22 standards counts double) and start a new one past that.
 */
import { ADMIN_CATALOGUE_DRAFT, ADMIN_SETTINGS, ADMIN_USERS } from './accessibility-cases/admin';
import { APPLICANT_ACCOUNT, APPLICANT_DRAFT, APPLICANT_PROJECTS, APPLICANT_SUBMITTED, NEW_APPLICANT } from './accessibility-cases/applicant';
import { OFFICER_QUEUE, OFFICER_RESUBMISSION, OFFICER_TAKEN } from './accessibility-cases/officer';
import { VISITOR_LINKS, VISITOR_PUBLIC_PAGES, VISITOR_SIGN_IN } from './accessibility-cases/public';
import type { A11yGroup } from './accessibility-cases/kit';

export { expectStillSignedIn, signInGroup, type A11yGroup } from './accessibility-cases/kit';

/**
 * Every group, the longest first: a worker that is free takes the next one, so the two workers
 * finish at about the same time (a long group last would keep one worker busy alone).
 */
export const GROUPS: A11yGroup[] = [
  APPLICANT_PROJECTS,
  APPLICANT_DRAFT,
  ADMIN_SETTINGS,
  VISITOR_SIGN_IN,
  VISITOR_PUBLIC_PAGES,
  OFFICER_QUEUE,
  ADMIN_USERS,
  ADMIN_CATALOGUE_DRAFT,
  APPLICANT_ACCOUNT,
  OFFICER_TAKEN,
  VISITOR_LINKS,
  APPLICANT_SUBMITTED,
  NEW_APPLICANT,
  OFFICER_RESUBMISSION,
];
