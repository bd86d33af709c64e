/**
 * The benchmark dataset (issue #7), in its own database: 500 organisations, 2,000 projects with
 * 1–3 participating companies, each with a submitted self-assessment of 22 answers of realistic
 * length, a third of them with a second revision, 100 funding officers and 200,000 audit events.
 * The demo applicant's organisation holds 50 of the projects; 10 of those have a draft as their
 * latest revision (the editable self-assessment page and autosave are measured on them).
 *
 * Deterministic (seeded random, fixed ids) and idempotent: rows that exist are left alone, so a
 * second run adds nothing. Bulk SQL through `pg` (the domain functions would take minutes for
 * 2,000 projects); states are written the way the domain writes them: answers go into a draft
 * revision, which is then submitted (the database refuses answers in a submitted revision).
 */
import pg from 'pg';
import { REGIONS } from '../../lib/projects/regions';

export type DatasetSize = { organisations: number; projects: number; demoProjects: number; demoDrafts: number; officers: number; auditEvents: number };

export const DATASET: DatasetSize = {
  organisations: 500,
  projects: 2000,
  demoProjects: 50,
  demoDrafts: 10,
  officers: 100,
  auditEvents: 200_000,
};

/** Ids of the demo applicant's projects whose latest revision is a draft. */
export const benchDraftProjectId = (n: number) => `bench-prj-${String(n).padStart(4, '0')}`;

/** mulberry32: a small seeded generator, so every run builds the same dataset. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'Anwerbung Fachkräfte Sprachkurs Integration Unterkunft Wohnungssuche Ausländerbehörde Anerkennung Berufsabschluss ' +
  'Arbeitgeber Betrieb Mentoring Kümmerer Willkommenskultur Beratung Informationsveranstaltung Herkunftsland Visum ' +
  'Begleitung Ausbildung Pflege Handwerk Kita Familie Nachzug Behördengang Krankenversicherung Konto Steuer Meldung ' +
  'regelmäßig verbindlich schriftlich gemeinsam mehrsprachig vor Ort digital persönlich transparent frühzeitig ' +
  'und mit für die der das zum bei nach über durch sowie werden wird ist sind haben unterstützen organisieren'
).split(' ');

type Rand = () => number;
const pick = <T,>(rand: Rand, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
function text(rand: Rand, min: number, max: number): string {
  const length = min + Math.floor(rand() * (max - min));
  const words: string[] = [];
  let size = 0;
  while (size < length) {
    const word = pick(rand, WORDS);
    words.push(words.length % 12 === 0 ? word[0]!.toUpperCase() + word.slice(1) : word);
    size += word.length + 1;
  }
  return `${words.join(' ').slice(0, length).trimEnd()}.`;
}

/** Inserts rows column-wise with one `INSERT … SELECT * FROM unnest(…)` per chunk; existing ids are skipped. */
async function insert(client: pg.Client, table: string, columns: Record<string, string>, rows: unknown[][]) {
  const names = Object.keys(columns);
  for (let start = 0; start < rows.length; start += 2000) {
    const chunk = rows.slice(start, start + 2000);
    const arrays = names.map((_, index) => chunk.map((row) => row[index]));
    // An array column travels as its text literal ('{VN,PH}') and is cast back per row.
    const casts = names.map((name, index) => `$${index + 1}::${columns[name] === 'text[]' ? 'text' : columns[name]}[]`).join(', ');
    const values = names.map((name, index) => (columns[name] === 'text[]' ? `c${index}::text[]` : `c${index}`)).join(', ');
    const aliases = names.map((_, index) => `c${index}`).join(', ');
    await client.query(
      `INSERT INTO "${table}" (${names.map((name) => `"${name}"`).join(', ')}) SELECT ${values} FROM unnest(${casts}) AS u(${aliases}) ON CONFLICT DO NOTHING`,
      arrays,
    );
  }
}

/**
 * The review columns (issue #8) the way the portal writes them: `Assessment.submittedAt` is the
 * latest submission (the queue sorts by it), and self-assessments an officer has started are
 * assigned to one of the benchmark officers. Idempotent, and also run on a dataset generated
 * before these columns existed.
 */
async function completeReviewColumns(client: pg.Client, size: DatasetSize) {
  await client.query(
    `UPDATE "Assessment" a SET "submittedAt" = s."at"
     FROM (SELECT "assessmentId", max("submittedAt") AS "at" FROM "Revision" WHERE "status" = 'SUBMITTED' AND "id" LIKE 'bench-%' GROUP BY 1) s
     WHERE a."id" = s."assessmentId" AND a."submittedAt" IS DISTINCT FROM s."at"`,
  );
  if (size.officers === 0) return;
  await client.query(
    `UPDATE "Assessment" SET "assignedToId" = 'bench-off-' || lpad(((substring("id" from 11 for 4)::int - 1) % $1 + 1)::text, 4, '0'),
       "assignedAt" = "submittedAt"
     WHERE "id" LIKE 'bench-prj-%' AND "status" IN ('IN_REVIEW', 'CHANGES_REQUESTED', 'ACCEPTED') AND "assignedToId" IS NULL`,
    [size.officers],
  );
}

/** `sizes` shrinks the dataset for tests (e.g. no audit events); the benchmark uses DATASET. */
/**
 * What autovacuum does on a production server (it is off on this machine's PostgreSQL): the
 * planner's statistics, and the visibility map that lets an index-only scan skip the table —
 * the dashboard's answer counts (ADR 029) read only its index when the map is set.
 */
async function vacuum(client: pg.Client): Promise<void> {
  await client.query('VACUUM (ANALYZE)');
}

export async function generateDataset(url: string, sizes: Partial<DatasetSize> = {}): Promise<void> {
  const size = { ...DATASET, ...sizes };
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // The last rows a run writes are the audit events: when the last one is there, so is the rest.
    const done = size.auditEvents
      ? await client.query(`SELECT 1 FROM "AuditEvent" WHERE id = $1`, [`bench-audit-${String(size.auditEvents).padStart(6, '0')}`])
      : await client.query(`SELECT 1 FROM "Revision" WHERE id = $1 AND status = 'SUBMITTED'`, [`bench-prj-${String(size.projects).padStart(4, '0')}-r1`]);
    if (done.rowCount) {
      await completeReviewColumns(client, size);
      await vacuum(client);
      return;
    }
    const rand = random(20261201);
    const { rows: versions } = await client.query<{ id: string }>(`SELECT id FROM "CatalogueVersion" WHERE status = 'PUBLISHED' ORDER BY number DESC LIMIT 1`);
    const catalogueVersionId = versions[0]?.id;
    if (!catalogueVersionId) throw new Error('Seed the catalogue first (npm run db:seed).');
    const { rows: standardRows } = await client.query<{ key: string }>(
      `SELECT key FROM "Standard" WHERE "versionId" = $1 AND NOT retired ORDER BY key`,
      [catalogueVersionId],
    );
    const standards = standardRows.map((row) => row.key);
    const { rows: demo } = await client.query<{ id: string; organisationId: string }>(
      `SELECT id, "organisationId" FROM "User" WHERE email = 'antrag@demo.example'`,
    );
    if (!demo[0]) throw new Error('Seed the demo accounts first (npm run db:seed -- --demo).');
    const demoUser = demo[0];
    const passwordHash = (await client.query<{ passwordHash: string }>(`SELECT "passwordHash" FROM "User" WHERE id = $1`, [demoUser.id])).rows[0]!.passwordHash;

    const pad = (n: number, width = 4) => String(n).padStart(width, '0');
    const now = Date.UTC(2026, 10, 30);
    const day = 86_400_000;

    // Organisations, each with one applicant; officers.
    const organisations = Array.from({ length: size.organisations }, (_, i) => [
      `bench-org-${pad(i + 1)}`,
      `${pick(rand, ['Verein', 'Bildungswerk', 'Kammer', 'Netzwerk', 'Stiftung'])} ${pick(rand, WORDS)} ${i + 1}`,
      pick(rand, ['e. V.', 'gGmbH', 'GmbH', 'KdöR']),
      `Domplatz ${i + 1}`,
      `39${pad(100 + (i % 800), 3)}`,
      pick(rand, ['Magdeburg', 'Halle (Saale)', 'Dessau-Roßlau', 'Stendal', 'Wernigerode']),
    ]);
    await insert(client, 'Organisation', { id: 'text', name: 'text', legalForm: 'text', street: 'text', postalCode: 'text', city: 'text', updatedAt: 'timestamp' }, organisations.map((row) => [...row, new Date(now)]));
    const users = [
      ...organisations.map(([id], i) => [`bench-usr-${pad(i + 1)}`, `antrag-${pad(i + 1)}@bench.example`, `Antragstellerin ${i + 1}`, 'APPLICANT', id]),
      ...Array.from({ length: size.officers }, (_, i) => [`bench-off-${pad(i + 1)}`, `pruefung-${pad(i + 1)}@bench.example`, `Förderreferent ${i + 1}`, 'OFFICER', null]),
    ];
    await insert(
      client,
      'User',
      { id: 'text', email: 'text', name: 'text', role: '"Role"', organisationId: 'text', passwordHash: 'text', emailConfirmedAt: 'timestamp', updatedAt: 'timestamp' },
      users.map((row) => [...row, passwordHash, new Date(now), new Date(now)]),
    );

    // Projects: the first 50 belong to the demo organisation, the rest spread over the others.
    const regions = REGIONS;
    const countries = ['VN', 'PH', 'IN', 'ID', 'MA', 'TN', 'PL', 'ES', 'BR', 'CO', 'UA', 'KZ'];
    const projects: unknown[][] = [];
    const companies: unknown[][] = [];
    const assessments: unknown[][] = [];
    const revisions: { id: string; assessmentId: string; number: number; submit: boolean; submittedAt: Date; submittedById: string }[] = [];
    for (let n = 1; n <= size.projects; n++) {
      const demoProject = n <= size.demoProjects;
      const organisationId = demoProject ? demoUser.organisationId : `bench-org-${pad(1 + ((n - 1) % size.organisations))}`;
      const createdById = demoProject ? demoUser.id : `bench-usr-${pad(1 + ((n - 1) % size.organisations))}`;
      const id = `bench-prj-${pad(n)}`;
      const start = new Date(now + Math.floor(rand() * 365) * day);
      projects.push([
        id,
        organisationId,
        `${pick(rand, ['Pflegekräfte', 'Auszubildende', 'Fachkräfte', 'Handwerker'])} aus ${pick(rand, countries)} – Projekt ${n}`,
        text(rand, 200, 900),
        start,
        new Date(start.getTime() + (365 + Math.floor(rand() * 365)) * day),
        pick(rand, ['SKILLED_WORKERS', 'APPRENTICES', 'BOTH']),
        5 + Math.floor(rand() * 60),
        `{${[...new Set([pick(rand, countries), pick(rand, countries)])].join(',')}}`,
        text(rand, 20, 120),
        pick(rand, regions),
        createdById,
        new Date(now - Math.floor(rand() * 200) * day),
      ]);
      const companyCount = 1 + Math.floor(rand() * 3);
      for (let c = 1; c <= companyCount; c++) {
        companies.push([`${id}-c${c}`, id, `Unternehmen ${n}-${c} GmbH`, text(rand, 40, 160), rand() < 0.8, 'Personalzeit', `${5 + Math.floor(rand() * 30)} %`, `Kümmerer ${n}-${c}`, c, new Date(now)]);
      }
      const draft = demoProject && n <= size.demoDrafts;
      const second = draft || n % 3 === 0;
      const assessmentId = `${id}-a`;
      assessments.push([assessmentId, id, draft ? 'DRAFT' : pick(rand, ['SUBMITTED', 'SUBMITTED', 'IN_REVIEW', 'CHANGES_REQUESTED', 'ACCEPTED']), new Date(now)]);
      const submittedAt = new Date(now - Math.floor(rand() * 120) * day);
      revisions.push({ id: `${id}-r1`, assessmentId, number: 1, submit: true, submittedAt, submittedById: createdById });
      if (second) revisions.push({ id: `${id}-r2`, assessmentId, number: 2, submit: !draft, submittedAt: new Date(submittedAt.getTime() + 14 * day), submittedById: createdById });
    }
    await insert(
      client,
      'Project',
      { id: 'text', organisationId: 'text', title: 'text', description: 'text', startDate: 'date', endDate: 'date', targetGroup: '"TargetGroup"', plannedParticipants: 'int', countries: 'text[]', occupations: 'text', region: 'text', createdById: 'text', updatedAt: 'timestamp' },
      projects,
    );
    await insert(
      client,
      'Company',
      { id: 'text', projectId: 'text', name: 'text', contact: 'text', hasDeclarationOfIntent: 'boolean', ownContributionKind: 'text', ownContributionValue: 'text', contactPersonName: 'text', position: 'int', updatedAt: 'timestamp' },
      companies,
    );
    await insert(client, 'Assessment', { id: 'text', projectId: 'text', status: '"AssessmentStatus"', updatedAt: 'timestamp' }, assessments);
    // Revisions start as drafts; their answers go in; then the submitted ones are frozen.
    await insert(
      client,
      'Revision',
      { id: 'text', assessmentId: 'text', number: 'int', catalogueVersionId: 'text' },
      revisions.map((revision) => [revision.id, revision.assessmentId, revision.number, catalogueVersionId]),
    );
    // An interrupted earlier run may have frozen some revisions already: their answers are in.
    const { rows: frozen } = await client.query<{ id: string }>(`SELECT id FROM "Revision" WHERE id LIKE 'bench-%' AND status = 'SUBMITTED'`);
    const frozenIds = new Set(frozen.map((row) => row.id));
    const answers: unknown[][] = [];
    for (const revision of revisions) {
      for (const key of standards) {
        const status = pick(rand, ['FULFILLED', 'FULFILLED', 'FULFILLED', 'PARTIALLY_FULFILLED', 'NOT_FULFILLED', 'NOT_APPLICABLE']);
        const partial = status === 'PARTIALLY_FULFILLED' || status === 'NOT_FULFILLED';
        const row = [
          `${revision.id}-${key}`,
          revision.id,
          key,
          status,
          text(rand, 300, 1500),
          partial ? text(rand, 150, 700) : '',
          partial ? new Date(now + (30 + Math.floor(rand() * 300)) * day) : null,
          text(rand, 40, 200),
          1 + Math.floor(rand() * 6),
          new Date(now - Math.floor(rand() * 120) * day),
          revision.submittedById,
        ];
        // Drawn either way, so the texts do not depend on where an earlier run stopped.
        if (!frozenIds.has(revision.id)) answers.push(row);
      }
    }
    await insert(
      client,
      'Answer',
      { id: 'text', revisionId: 'text', standardKey: 'text', status: '"AnswerStatus"', implementation: 'text', plannedMeasures: 'text', targetDate: 'date', partners: 'text', version: 'int', updatedAt: 'timestamp', updatedById: 'text' },
      answers,
    );
    const toSubmit = revisions.filter((revision) => revision.submit);
    await client.query(
      `UPDATE "Revision" r SET status = 'SUBMITTED', "submittedAt" = v."submittedAt", "submittedById" = v."submittedById"
       FROM unnest($1::text[], $2::timestamp[], $3::text[]) AS v(id, "submittedAt", "submittedById")
       WHERE r.id = v.id AND r.status = 'DRAFT'`,
      [toSubmit.map((revision) => revision.id), toSubmit.map((revision) => revision.submittedAt), toSubmit.map((revision) => revision.submittedById)],
    );

    // 200,000 audit events over the last year: what the portal writes for these rows.
    const actions = ['answer.saved', 'answer.saved', 'answer.saved', 'project.updated', 'company.added', 'assessment.submit', 'user.sign-in'];
    const events: unknown[][] = [];
    for (let n = 1; n <= size.auditEvents; n++) {
      const project = 1 + Math.floor(rand() * size.projects);
      const action = pick(rand, actions);
      events.push([
        `bench-audit-${pad(n, 6)}`,
        new Date(now - Math.floor(rand() * 365 * day)),
        project <= size.demoProjects ? demoUser.id : `bench-usr-${pad(1 + ((project - 1) % size.organisations))}`,
        action,
        action === 'answer.saved' ? 'Answer' : action === 'user.sign-in' ? 'User' : 'Project',
        `bench-prj-${pad(project)}`,
        JSON.stringify({ benchmark: true, n }),
      ]);
    }
    await insert(client, 'AuditEvent', { id: 'text', at: 'timestamp', actorId: 'text', action: 'text', subjectType: 'text', subjectId: 'text', details: 'jsonb' }, events);
    await completeReviewColumns(client, size);
    await vacuum(client);
  } finally {
    await client.end();
  }
}
