/**
 * The administrator's pages (the demo administrator): every area of „Verwaltung“, and the
 * catalogue draft (made for it and discarded afterwards). Groups of
 * tests/e2e/accessibility.spec.ts (./kit.ts).
 */
import { discardDraftVersion } from '@/lib/catalogue/discard-draft-version';
import { createChangedCatalogueDraft, demoActors } from '../factories';
import { withCatalogueDraftLock, withDatabase } from '../fixtures';
import { openDialog, submitEmpty, type A11yGroup } from './kit';

/** The demo applicant and organisation, and the newest published catalogue version, for the detail pages. */
async function arrangeAdmin() {
  const { applicant } = await demoActors();
  const version = await withDatabase(async (client) => (await client.query<{ id: string }>(`SELECT "id" FROM "CatalogueVersion" WHERE "status" = 'PUBLISHED' ORDER BY "number" DESC LIMIT 1`)).rows[0]!.id);
  return { applicantId: applicant.id, organisationId: applicant.organisationId!, version };
}

/** Users and organisations. */
export const ADMIN_USERS: A11yGroup = {
  name: 'administrator: users and organisations',
  as: 'ADMIN',
  arrange: arrangeAdmin,
  cases: [
    { name: 'administration', path: '/admin' },
    { name: 'dashboard (cells without links)', path: '/review/dashboard' },
    { name: 'users (a full list)', path: '/admin/users' },
    { name: 'users, nothing found', path: '/admin/users?q=niemand-heisst-so' },
    { name: 'users, invitation with errors', path: '/admin/users', state: submitEmpty('Einladen') },
    { name: 'a user', path: (d) => `/admin/users/${d.applicantId}` },
    { name: 'a user, disable dialog', path: (d) => `/admin/users/${d.applicantId}`, state: openDialog('Deaktivieren') },
    { name: 'organisations', path: '/admin/organisations' },
    { name: 'organisations, nothing found', path: '/admin/organisations?q=keine-organisation-heisst-so' },
    { name: 'an organisation', path: (d) => `/admin/organisations/${d.organisationId}` },
  ],
};

/** The catalogue's versions, the settings and legal texts, the audit log and data protection. */
export const ADMIN_SETTINGS: A11yGroup = {
  name: 'administrator: catalogue versions, settings, audit log, data protection',
  as: 'ADMIN',
  arrange: arrangeAdmin,
  cases: [
    { name: 'standards catalogue (versions)', path: '/admin/catalogue' },
    { name: 'a published catalogue version (read-only)', path: (d) => `/admin/catalogue/${d.version}` },
    { name: 'settings', path: '/admin/settings' },
    {
      name: 'settings with errors',
      path: '/admin/settings',
      state: async (page) => {
        await page.getByLabel('Hervorhebung in der Prüfliste nach (Tagen)').fill('0');
        await submitEmpty('Speichern')(page);
      },
    },
    { name: 'legal text: Impressum', path: '/admin/settings/legal/impressum' },
    { name: 'legal text: Barrierefreiheitserklärung', path: '/admin/settings/legal/barrierefreiheit' },
    { name: 'audit log', path: '/admin/audit' },
    { name: 'audit log, nothing found', path: '/admin/audit?actor=niemand-heisst-so' },
    { name: 'data protection', path: '/admin/privacy' },
    { name: 'data protection, a person selected', path: (d) => `/admin/privacy?q=antrag%40demo&user=${d.applicantId}` },
    { name: 'data protection, search too short', path: '/admin/privacy?q=ab' },
  ],
};

/**
 * The catalogue draft (editor, a standard's form, the diff, publishing): a draft made for it and
 * discarded afterwards, under the suite's draft lock (there is one draft at most).
 */
export const ADMIN_CATALOGUE_DRAFT: A11yGroup = {
  name: 'administrator: catalogue draft',
  as: 'ADMIN',
  around: (run) =>
    withCatalogueDraftLock(async () => {
      try {
        await run();
      } finally {
        const { admin } = await demoActors();
        const draft = await withDatabase(async (client) => (await client.query<{ id: string }>(`SELECT "id" FROM "CatalogueVersion" WHERE "status" = 'DRAFT'`)).rows[0]);
        if (draft) await discardDraftVersion({ actor: admin, versionId: draft.id });
      }
    }),
  arrange: async () => {
    const { admin } = await demoActors();
    const draft = await createChangedCatalogueDraft({
      admin,
      changes: { 'std-07': { text: 'Die Ansprache erfolgt transparent, fair und in der Sprache der Herkunftsländer.' } },
      retire: ['std-21'],
      add: [{ phase: 'PHASE_1', text: 'Ein neuer Standard zur Begleitung nach der Ankunft.', objective: 'Begleitung sichern' }],
    });
    return { draft: draft.id };
  },
  cases: [
    { name: 'catalogue draft overview', path: (d) => `/admin/catalogue/${d.draft}` },
    { name: 'a standard in the draft', path: (d) => `/admin/catalogue/${d.draft}/standards/std-07` },
    {
      name: 'a standard in the draft with errors',
      path: (d) => `/admin/catalogue/${d.draft}/standards/std-07`,
      state: async (page) => {
        await page.getByRole('group', { name: 'Deutsch (verbindlich)' }).getByLabel('Standard', { exact: true }).fill('');
        await submitEmpty('Speichern')(page);
      },
    },
    { name: 'the draft’s changes (diff)', path: (d) => `/admin/catalogue/${d.draft}/diff` },
    { name: 'publishing without a change note', path: (d) => `/admin/catalogue/${d.draft}/diff`, state: submitEmpty('Veröffentlichen') },
    {
      name: 'publish confirmation dialog',
      path: (d) => `/admin/catalogue/${d.draft}/diff`,
      state: async (page) => {
        await page.getByLabel('Änderungshinweis').fill('Standard 7 neu gefasst');
        await openDialog('Veröffentlichen')(page);
      },
    },
  ],
};
