/**
 * Load drill (ADR 033): 50 applicants, each signed in with an account of its own, autosave
 * different answers through the real Server Action for 60 s (ten of them also upload evidence)
 * while 50 more clients read pages. Afterwards the database holds every answer's last
 * acknowledged value — all 22 × 50 answers compared field by field, and each answer's version
 * counts exactly the acknowledged saves (nothing lost, nothing applied twice) — no request
 * answered 5xx or failed, and evidence rows, stored files and acknowledged uploads are the same.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '@/scripts/lib/run';
import { signInOverHttp } from '@/scripts/lib/http-sign-in';
import { serverActionId } from '@/scripts/lib/server-action-id';
import { withDatabase } from '@/tests/e2e/support/fixtures';
import { createTestProject, createTestUser, PASSWORD } from '@/tests/e2e/support/factories';
import { expectStorageMatchesDatabase } from './support/storage-consistency';
import { expect, test } from './support/drill-test';
import { percentile, runApplicant, runReader, STANDARD_KEYS, type AckedAnswers, type AckedUpload, type Applicant, type Sample } from './support/load-clients';

const APPLICANTS = 50;
const READERS = 50;
const UPLOADERS = 10;
const DURATION_MS = 60_000;

/** Runs `work` for each item, at most `limit` at a time. */
async function inBatches<T, R>(items: T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += limit) results.push(...(await Promise.all(items.slice(i, i + limit).map((item, j) => work(item, i + j)))));
  return results;
}

test('load: 50 applicants autosave and upload while 50 clients read, for 60 s', async ({ portal }) => {
  test.setTimeout(420_000);
  const base = portal.baseUrl;
  const setupStarted = Date.now();
  const applicants: Applicant[] = await inBatches(Array.from({ length: APPLICANTS }), 5, async (_, index) => {
    const user = await createTestUser({ role: 'APPLICANT', email: `last-${index}-${Date.now().toString(36)}@drill.example`, name: "Lea Last" });
    const project = await createTestProject({ actor: user, input: { title: `Lastprojekt ${index}` } });
    const cookie = await signInOverHttp({ base, email: user.email, password: PASSWORD });
    return { index, projectId: project.id, cookie };
  });
  const actionId = serverActionId('saveAnswerAction');
  console.log(`[drill:load] ${APPLICANTS} applicants registered, with a project each, and signed in (${((Date.now() - setupStarted) / 1000).toFixed(0)} s)`);

  // The server's output from here on (an earlier drill of this worker may have logged its own failures).
  const logFrom = portal.output().length;
  const samples: Sample[] = [];
  const acked: AckedAnswers = new Map();
  const uploaded: AckedUpload[] = [];
  const refusals: string[] = [];
  const until = Date.now() + DURATION_MS;
  const started = Date.now();
  await Promise.all([
    ...applicants.map((applicant) => runApplicant({ base, applicant, actionId, until, uploads: applicant.index < UPLOADERS, samples, acked, uploaded, refusals })),
    // Each reader reads the pages of one applicant (another tab of the same person).
    ...Array.from({ length: READERS }, (_, i) => runReader({ base, applicant: applicants[i % APPLICANTS]!, until, samples, refusals })),
  ]);
  const seconds = (Date.now() - started) / 1000;

  // The figures.
  const figures = Object.fromEntries(
    (['autosave', 'upload', 'page'] as const).map((kind) => {
      const own = samples.filter((sample) => sample.kind === kind);
      const ms = own.map((sample) => sample.ms);
      return [kind, { requests: own.length, p50: Math.round(percentile(ms, 50)), p95: Math.round(percentile(ms, 95)), p99: Math.round(percentile(ms, 99)), max: Math.round(Math.max(...ms)), errors: own.filter((sample) => sample.status === 'network' || sample.status >= 500).length }];
    }),
  );
  const report = { seconds: Math.round(seconds), applicants: APPLICANTS, readers: READERS, uploaders: UPLOADERS, requests: samples.length, perSecond: Math.round(samples.length / seconds), byKind: figures, acknowledgedSaves: [...acked.values()].reduce((sum, entry) => sum + entry.saves, 0), acknowledgedUploads: uploaded.length };
  console.log(`[drill:load] ${JSON.stringify(report, null, 2)}`);
  if (refusals.length > 0) console.log(`[drill:load] refused (first 10 of ${refusals.length}):\n${refusals.slice(0, 10).join('\n')}`);
  // What the server logged about failures during the load (every 5xx is logged with its cause, ADR 033).
  const serverErrors = portal
    .output()
    .slice(logFrom)
    .split('\n')
    .filter((line) => /error|busy|unavailable|⨯/i.test(line));
  if (serverErrors.length > 0) console.log(`[drill:load] the server logged (last 20 of ${serverErrors.length}):\n${serverErrors.slice(-20).join('\n')}`);
  writeFileSync(path.join(ROOT, 'test-results', 'drill-load.json'), `${JSON.stringify(report, null, 2)}\n`);

  // No 5xx, no failed request, no refusal (each applicant writes alone: a conflict would be a bug).
  expect(samples.filter((sample) => sample.status === 'network' || sample.status >= 500), 'failed requests and 5xx answers').toEqual([]);
  expect(refusals, 'refused requests').toEqual([]);
  expect(report.acknowledgedSaves).toBeGreaterThan(APPLICANTS * 5);
  expect(uploaded.length).toBeGreaterThan(UPLOADERS * 2);

  // Every answer of every applicant: the last acknowledged value (or the untouched one), and its
  // version counts exactly the acknowledged saves.
  const rows = await withDatabase(async (client) => {
    const { rows } = await client.query<{ projectId: string; standardKey: string; status: string; implementation: string; plannedMeasures: string; targetDate: string | null; partners: string; version: number }>(
      `SELECT s."projectId", a."standardKey", a.status, a.implementation, a."plannedMeasures", to_char(a."targetDate", 'YYYY-MM-DD') AS "targetDate", a.partners, a.version
       FROM "Answer" a JOIN "Revision" r ON r.id = a."revisionId" JOIN "Assessment" s ON s.id = r."assessmentId"
       WHERE s."projectId" = ANY($1)`,
      [applicants.map((applicant) => applicant.projectId)],
    );
    return rows;
  });
  expect(rows).toHaveLength(APPLICANTS * STANDARD_KEYS.length);
  const untouched = { answer: { status: 'OPEN', implementation: '', plannedMeasures: '', targetDate: null, partners: '' }, saves: 0 };
  const mismatches = rows.flatMap((row) => {
    const expected = acked.get(`${row.projectId}/${row.standardKey}`) ?? untouched;
    const actual = { status: row.status, implementation: row.implementation, plannedMeasures: row.plannedMeasures, targetDate: row.targetDate, partners: row.partners };
    return JSON.stringify(actual) === JSON.stringify(expected.answer) && row.version === expected.saves ? [] : [{ key: `${row.projectId}/${row.standardKey}`, actual: { ...actual, version: row.version }, expected: { ...expected.answer, version: expected.saves } }];
  });
  expect(mismatches, 'answers that differ from their last acknowledged value').toEqual([]);

  // Evidence: the rows of the uploaders' projects are exactly the acknowledged uploads, and the
  // storage holds exactly the files of all rows.
  const versions = await expectStorageMatchesDatabase(portal.storageDir);
  const projects = new Set(applicants.map((applicant) => applicant.projectId));
  const own = versions.filter((version) => projects.has(version.projectId)).map(({ id, evidenceId, sha256, size }) => ({ id, evidenceId, sha256, size }));
  const expected = uploaded.map(({ versionId, evidenceId, sha256, size }) => ({ id: versionId, evidenceId, sha256, size }));
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  expect(own.sort(byId), 'evidence rows = acknowledged uploads').toEqual(expected.sort(byId));
});
