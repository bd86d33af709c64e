/**
 * „Als PDF herunterladen“ (ADR 027): the PDF of a revision, rendered through the route handler on
 * this file's database and read back with a PDF text extractor — the project as submitted, all 22
 * standards with an answer, the evidence, a comment, the decision, the frame (page numbers,
 * catalogue version, submission) on every page; internal notes only in the officers' copy; who may
 * download what. Only Next's request edges are stood in for (tests/support/next-request.ts).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { db } from '@/lib/db';
import { GET } from '@/app/api/assessments/[assessmentId]/revisions/[number]/pdf/route';
import { addFileEvidence } from '@/lib/evidence/add-file-evidence';
import { addComment } from '@/lib/review/add-comment';
import { decideAssessment } from '@/lib/review/decide-assessment';
import { setVerdict } from '@/lib/review/set-verdict';
import { takeAssessment } from '@/lib/review/take-assessment';
import { seed } from '@/prisma/seed/seed';
import { minimalPdf } from '@/tests/support/evidence-files';
import { createSubmittedRevision, createTestCompany, createTestProject, createTestUser, demoActors, type TestUser } from '@/tests/support/factories';
import { browserCookies, signIn } from '@/tests/support/next-request';
import { pdfText } from '@/tests/support/pdf-text';

vi.mock('next-auth', () => import('@/tests/support/next-request').then((m) => m.nextAuthModule));
vi.mock('next/headers', () => import('@/tests/support/next-request').then((m) => m.nextHeadersModule));

const storageDir = mkdtempSync(path.join(tmpdir(), 'portal-pdf-'));
process.env.STORAGE_DIR = storageDir;
afterAll(() => rmSync(storageDir, { recursive: true, force: true }));

let applicant: TestUser;
let officer: TestUser;
let admin: TestUser;
let assessmentId: string;
let projectTitle: string;
let evidenceSha: string;

const INTERNAL = 'Nur intern: Träger wirkt zuverlässig';
const PUBLIC_COMMENT = 'Bitte den Wohnraum für Auszubildende genauer beschreiben.';
const REASON = 'Standard 2 braucht eine genauere Beschreibung der Sprachkurse.';

beforeAll(async () => {
  await seed({ demo: true });
  ({ applicant, officer, admin } = await demoActors());
  const project = await createTestProject({ actor: applicant, input: { title: 'Pflegekräfte für Magdeburg – Ärztehaus Süd' } });
  projectTitle = project.title;
  await createTestCompany({ actor: applicant, projectId: project.id, input: { name: 'Wohnbau Börde GmbH' } });
  const evidence = await addFileEvidence({ actor: applicant, projectId: project.id, standardKey: 'std-01', title: 'Kooperationsvertrag', fileName: 'vertrag-übersicht.pdf', bytes: minimalPdf('Vertrag') });
  evidenceSha = evidence.latest.sha256!;
  await createSubmittedRevision({ actor: applicant, projectId: project.id });
  ({ id: assessmentId } = await db.assessment.findUniqueOrThrow({ where: { projectId: project.id }, select: { id: true } }));
  await takeAssessment({ assessmentId, actor: officer });
  await addComment({ assessmentId, actor: officer, input: { standardKey: 'std-02', body: PUBLIC_COMMENT, internal: false } });
  await addComment({ assessmentId, actor: officer, input: { standardKey: 'std-02', body: INTERNAL, internal: true } });
  await setVerdict({ assessmentId, actor: officer, input: { standardKey: 'std-01', verdict: 'OK' } });
  await setVerdict({ assessmentId, actor: officer, input: { standardKey: 'std-02', verdict: 'NEEDS_REVISION' } });
  await decideAssessment({ assessmentId, actor: officer, input: { kind: 'CHANGES_REQUESTED', reason: REASON, dueDate: '2027-03-01' } });
}, 120_000);

function download(id: string, number: string) {
  return GET(new Request(`http://portal.test/api/assessments/${id}/revisions/${number}/pdf`), { params: Promise.resolve({ assessmentId: id, number }) });
}

async function downloadText(actor: TestUser, locale = 'de') {
  signIn(actor);
  browserCookies.set('NEXT_LOCALE', locale);
  const response = await download(assessmentId, '1');
  expect(response.status).toBe(200);
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { response, bytes, ...(await pdfText(bytes)) };
}

/** Text as pdf.js extracts it: line breaks and hyphenation where the layout wrapped. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('the PDF of a revision', () => {
  it('holds the profile, all 22 standards with their answers, evidence, a comment and the decision, with the frame on every page', async () => {
    const { response, bytes, text, pages, title } = await downloadText(applicant);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="Selbstbewertung-Pflegekrafte-fur-Magdeburg-Arztehaus-Sud-Fassung-1\.pdf"; filename\*=UTF-8''Selbstbewertung-Pflegekr%C3%A4fte/);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    expect(title).toBe(`Selbstbewertung: ${projectTitle}`);
    const all = flat(text);
    expect(all).toContain('Projekt, wie eingereicht');
    expect(all).toContain('Anwerbung von Pflegefachkräften');
    expect(all).toContain('Wohnbau Börde GmbH');
    expect(all).toContain('Vietnam');
    for (let number = 1; number <= 22; number += 1) expect(all).toContain(`Standard ${number}`);
    // The table of contents: the phases, each with its page.
    expect(all).toMatch(/Inhalt Projekt, wie eingereicht Grundsätzliche Erwartungen Phase I: Ansprache und Information Phase II: Umzug und Integration Entscheidung 2 \d+ \d+ \d+ \d+/);
    expect(all).toContain('Umsetzung / Begründung');
    expect(all).toContain('Status: Erfüllt');
    expect(all).toContain('Kooperationsvertrag – vertrag-übersicht.pdf (Version 1');
    expect(all).toContain(evidenceSha);
    expect(all).toContain(PUBLIC_COMMENT);
    expect(all).toContain('Prüfergebnis: Überarbeitung nötig');
    expect(all).toContain('Überarbeitung angefordert');
    expect(all).toContain(REASON);
    expect(all).toContain('Entschieden von');
    // Tagged: document language, structure tree, the title shown by the viewer.
    const raw = new TextDecoder('latin1').decode(bytes);
    for (const marker of ['/StructTreeRoot', '/Lang (de)', '/Marked true', '/DisplayDocTitle true', '/H1', '/H4', '/TOCI']) expect(raw).toContain(marker);
    expect(pages.length).toBeGreaterThan(5);
    pages.forEach((page, index) => {
      const line = flat(page);
      expect(line).toContain(`Seite ${index + 1} von ${pages.length}`);
      expect(line).toContain('Fassung 1 · Katalogversion 1 · eingereicht am');
    });
  });

  it('never holds an internal note for the applicant; the officers’ copy has it', async () => {
    const forApplicant = flat((await downloadText(applicant)).text);
    expect(forApplicant).not.toContain(INTERNAL);
    expect(forApplicant).not.toContain('Interne Notiz');
    const forOfficer = flat((await downloadText(officer)).text);
    expect(forOfficer).toContain(INTERNAL);
    expect(forOfficer).toContain('Interne Notiz');
    expect(forOfficer).toContain('Fassung für Förderreferent/innen');
    expect(forOfficer).toContain(PUBLIC_COMMENT);
  });

  it('has an English frame for English readers, with the binding German text and the marked translation', async () => {
    const { text, response, bytes } = await downloadText(applicant, 'en');
    expect(new TextDecoder('latin1').decode(bytes)).toContain('/Lang (en)');
    const all = flat(text);
    expect(response.headers.get('content-disposition')).toContain('self-assessment-');
    expect(all).toContain('Project as submitted');
    expect(all).toContain('Page 1 of');
    expect(all).toContain('Revision 1 · Catalogue version 1 · submitted on');
    expect(all).toContain('Binding wording (German)');
    expect(all).toContain('English translation (for information; the German wording is binding)');
    expect(all).toContain('Status: Fulfilled');
  });
});

describe('who may download it', () => {
  it('anonymous → 401, administrators → 403 (JSON, the API conventions)', async () => {
    signIn(null);
    const anonymous = await download(assessmentId, '1');
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ ok: false, formError: 'unauthenticated' });
    signIn(admin);
    expect((await download(assessmentId, '1')).status).toBe(403);
  });

  it('another organisation’s applicant, a revision that does not exist and a malformed number → 404', async () => {
    signIn(await createTestUser({ role: 'APPLICANT', email: 'fremd@pdf.example' }));
    expect((await download(assessmentId, '1')).status).toBe(404);
    signIn(applicant);
    expect((await download(assessmentId, '9')).status).toBe(404);
    expect((await download(assessmentId, '0')).status).toBe(404);
    expect((await download(assessmentId, '1x')).status).toBe(404);
    expect((await download('forged', '1')).status).toBe(404);
  });

  it('officers never get a draft: after „Überarbeitung anfordern“ the applicant’s revision 2 is theirs alone', async () => {
    signIn(applicant);
    const revisions = await db.revision.findMany({ where: { assessmentId }, select: { number: true, status: true } });
    const draft = revisions.find((revision) => revision.status === 'DRAFT');
    expect(draft?.number).toBe(2);
    const own = await download(assessmentId, '2');
    expect(own.status).toBe(200);
    const draftText = flat((await pdfText(new Uint8Array(await own.arrayBuffer()))).text);
    expect(draftText).toContain('Entwurf, nicht eingereicht');
    expect(draftText).toContain('Projekt (aktueller Stand, noch nicht eingereicht)');
    signIn(officer);
    expect((await download(assessmentId, '2')).status).toBe(404);
  });
});
