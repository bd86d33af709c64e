/**
 * The spreadsheet exports (issue #12, ADR 028): „Exportieren“ of the self-assessments for
 * officers and administrators (`/api/exports/assessments`: the review queue's filters, CSV and
 * XLSX) and of one project for its applicants (`/api/projects/[id]/assessment/export`). The files
 * are read back — CSV as text, XLSX with exceljs — and checked cell by cell: German headers, BOM,
 * separator, German dates and numbers, real date cells, formula neutralising, the filters and who
 * may export what. Next's request edges come from tests/support/next-request.ts.
 */
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { GET as exportAssessmentsRoute } from '@/app/api/exports/assessments/route';
import { GET as exportProjectRoute } from '@/app/api/projects/[projectId]/assessment/export/route';
import { getAssessmentView } from '@/lib/assessments/get-assessment-view';
import { saveAnswer } from '@/lib/assessments/save-answer';
import { submitAssessment } from '@/lib/assessments/submit-assessment';
import type { AnswerDraft } from '@/lib/assessments/answer-fields';
import { db } from '@/lib/db';
import { decideAssessment } from '@/lib/review/decide-assessment';
import { setVerdict } from '@/lib/review/set-verdict';
import { takeAssessment } from '@/lib/review/take-assessment';
import { seed } from '@/prisma/seed/seed';
import { COMPLETE_ANSWER, completeDraft, createOrganisation, createTestProject, demoActors, type TestUser } from '@/tests/support/factories';
import { browserCookies, signIn } from '@/tests/support/next-request';

vi.mock('next-auth', () => import('@/tests/support/next-request').then((m) => m.nextAuthModule));
vi.mock('next/headers', () => import('@/tests/support/next-request').then((m) => m.nextHeadersModule));

const HYPERLINK = '=HYPERLINK("http://böse.example";"klick")';

let applicant: TestUser;
let officer: TestUser;
let admin: TestUser;
let stranger: TestUser;
let strangerOrg: { id: string; name: string };
let formulaProject: { id: string; title: string };
let boerdeProject: { id: string; title: string };
let draftProject: { id: string; title: string };

/** Saves `answer` for one standard of the project's draft, on the version it read (as the autosave does). */
async function answer(actor: TestUser, projectId: string, standardKey: string, draft: Partial<AnswerDraft>) {
  const view = await getAssessmentView({ projectId, actor });
  await saveAnswer({ actor, projectId, standardKey, expectedVersion: view.answers[standardKey]!.version, answer: { ...COMPLETE_ANSWER, ...draft } });
}

const assessmentOf = async (projectId: string) => (await db.assessment.findUniqueOrThrow({ where: { projectId }, select: { id: true } })).id;

beforeAll(async () => {
  await seed({ demo: true });
  ({ applicant, officer, admin } = await demoActors());

  // Revision 1 of the formula project goes back with „Überarbeitung angefordert“; revision 2 is in review.
  formulaProject = await createTestProject({ actor: applicant, input: { title: HYPERLINK, region: 'harz', targetGroup: 'APPRENTICES' } });
  await completeDraft({ actor: applicant, projectId: formulaProject.id });
  await answer(applicant, formulaProject.id, 'std-01', { implementation: '+1 Sprachkurs je Person' });
  await answer(applicant, formulaProject.id, 'std-02', { status: 'PARTIALLY_FULFILLED', implementation: '-2 Plätze fehlen', plannedMeasures: '@x Maßnahme', targetDate: '2027-06-30' });
  await answer(applicant, formulaProject.id, 'std-03', { implementation: '\tTabulator vorn', partners: '\rWagenrücklauf vorn' });
  await answer(applicant, formulaProject.id, 'std-13', { status: 'NOT_APPLICABLE', implementation: 'Alle Herkunftsländer in der EU' });
  await submitAssessment({ projectId: formulaProject.id, actor: applicant });
  const formulaAssessment = await assessmentOf(formulaProject.id);
  await takeAssessment({ assessmentId: formulaAssessment, actor: officer });
  await setVerdict({ assessmentId: formulaAssessment, actor: officer, input: { standardKey: 'std-02', verdict: 'NEEDS_REVISION' } });
  await decideAssessment({ assessmentId: formulaAssessment, actor: officer, input: { kind: 'CHANGES_REQUESTED', reason: 'Bitte ergänzen', dueDate: null } });
  await answer(applicant, formulaProject.id, 'std-02', { status: 'FULFILLED', implementation: 'Jetzt vollständig' });
  await submitAssessment({ projectId: formulaProject.id, actor: applicant });

  boerdeProject = await createTestProject({ actor: applicant, input: { title: 'Pflege in der Börde', region: 'boerde' } });
  await completeDraft({ actor: applicant, projectId: boerdeProject.id });
  await submitAssessment({ projectId: boerdeProject.id, actor: applicant });
  const boerdeAssessment = await assessmentOf(boerdeProject.id);
  await takeAssessment({ assessmentId: boerdeAssessment, actor: officer });
  await decideAssessment({ assessmentId: boerdeAssessment, actor: officer, input: { kind: 'ACCEPTED', reason: '', dueDate: null } });

  draftProject = await createTestProject({ actor: applicant, input: { title: 'Nie eingereicht' } });

  const other = await createOrganisation({ name: 'Fremder Träger e. V.' });
  strangerOrg = { id: other.id, name: other.name };
  stranger = other.applicant;
  const strangerProject = await createTestProject({ actor: stranger, input: { title: 'Fremdes Projekt', region: 'stendal' } });
  await completeDraft({ actor: stranger, projectId: strangerProject.id });
  await submitAssessment({ projectId: strangerProject.id, actor: stranger });
}, 120_000);

const exportAssessments = (query = '') => exportAssessmentsRoute(new Request(`http://portal.test/api/exports/assessments${query}`));
const exportProject = (projectId: string, query = '') =>
  exportProjectRoute(new Request(`http://portal.test/api/projects/${projectId}/assessment/export${query}`), { params: Promise.resolve({ projectId }) });

async function csvLines(response: Response) {
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  expect(text.startsWith('\uFEFF')).toBe(true);
  expect(text.endsWith('\r\n')).toBe(true);
  return text.slice(1, -2).split('\r\n');
}

async function workbook(response: Response) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await response.arrayBuffer());
  return book;
}

/** A sheet's rows as arrays of values (column A first). */
function rowsOf(sheet: ExcelJS.Worksheet) {
  const rows: ExcelJS.CellValue[][] = [];
  sheet.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1)));
  return rows;
}

describe('who may export', () => {
  it('the queue: officers and administrators; anonymous 401, applicants 403', async () => {
    signIn(null);
    expect((await exportAssessments()).status).toBe(401);
    signIn(applicant);
    const refused = await exportAssessments('?format=csv');
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({ ok: false, formError: 'forbidden' });
    for (const user of [officer, admin]) {
      signIn(user);
      const response = await exportAssessments('?format=csv');
      expect(response.status).toBe(200);
      await response.arrayBuffer();
    }
  });

  it('a project: its own applicants; another organisation’s applicant and a forged id get 404, staff 403', async () => {
    signIn(stranger);
    expect((await exportProject(formulaProject.id)).status).toBe(404);
    expect((await exportProject('forged-id')).status).toBe(404);
    signIn(applicant);
    expect((await exportProject(formulaProject.id, '?revision=9')).status).toBe(404);
    for (const user of [officer, admin]) {
      signIn(user);
      expect((await exportProject(formulaProject.id)).status).toBe(403);
    }
  });
});

describe('CSV', () => {
  it('overview: BOM, „;“, CRLF, German headers, one row per project and revision, German dates and numbers, formulas neutralised', async () => {
    signIn(officer);
    const response = await exportAssessments('?format=csv');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="selbstbewertungen-\d{8}-\d{4}\.csv"$/);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const [header, ...rows] = await csvLines(response);
    const columns = header!.split(';');
    expect(columns.slice(0, 11)).toEqual([
      'Projekt',
      'Organisation',
      'Region',
      'Zielgruppe',
      'Status der Selbstbewertung',
      'Fassung',
      'Eingereicht am',
      'Entscheidung',
      'Entschieden am',
      'Erfüllt (Anzahl)',
      'Erfüllt (% der zutreffenden)',
    ]);
    expect(columns).toHaveLength(11 + 22);
    expect(columns[11]).toBe('1. Bestehende Förderinstrumente und …');
    expect(columns[32]).toMatch(/^22\. /);
    expect(rows).toHaveLength(2 + 1 + 1); // formula project ×2, Börde, the other organisation's (the demo seed submits nothing)
    expect(rows.join('\n')).not.toContain('Nie eingereicht');

    const formulaRows = rows.filter((row) => row.startsWith(`"'=HYPERLINK(`));
    expect(formulaRows).toHaveLength(2);
    // The title is quoted (it holds „;“ and quotes) and starts with the neutralising „'“.
    expect(formulaRows[0]!.startsWith(`"'=HYPERLINK(""http://böse.example"";""klick"")";`)).toBe(true);
    const titleCell = `"'=HYPERLINK(""http://böse.example"";""klick"")";`;
    const cells = (row: string) => row.slice(titleCell.length).split(';');
    const [r1, r2] = formulaRows.map(cells);
    expect(r1!.slice(0, 5)).toEqual(['Demo-Projektträger e. V.', 'Harz', 'Auszubildende', 'Eingereicht', '1']);
    expect(r1![5]).toMatch(/^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$/);
    expect(r1!.slice(6, 7)).toEqual(['Überarbeitung angefordert']);
    expect(r1![7]).toMatch(/^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$/);
    // 20 of 21 applicable fulfilled (std-02 partially, std-13 not applicable): 95,2 %.
    expect(r1!.slice(8, 10)).toEqual(['20', '95,2']);
    expect(r1!.slice(10, 14)).toEqual(['Erfüllt', 'Teilweise erfüllt', 'Erfüllt', 'Erfüllt']);
    expect(r1![22]).toBe('Nicht zutreffend');
    expect(r2!.slice(3, 10)).toEqual(['Eingereicht', '2', r2![5]!, '', '', '21', '100,0']);

    const boerde = rows.find((row) => row.startsWith('Pflege in der Börde;'))!.split(';');
    expect(boerde.slice(2, 8)).toEqual(['Börde', 'Fachkräfte und Auszubildende', 'Angenommen', '1', boerde[6], 'Angenommen']);
  });

  it('answers: one row per answer with its texts, every formula start neutralised', async () => {
    signIn(admin);
    const response = await exportAssessments('?format=csv-answers&region=harz');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="selbstbewertungen-\d{8}-\d{4}-angaben\.csv"$/);
    const text = (await csvLines(response)).join('\r\n');
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('Projekt;Organisation;Fassung;Standard (Nr.);Standard;Status;Umsetzung / Begründung;Geplante Maßnahmen;Zieldatum;Beteiligte Partner');
    expect(text).toContain(`;1;1;Bestehende Förderinstrumente und Unterstützungsangebote für …;Erfüllt;'+1 Sprachkurs je Person;;;IHK Magdeburg`);
    expect(text).toContain(`;1;2;`);
    expect(text).toContain(`;Teilweise erfüllt;'-2 Plätze fehlen;'@x Maßnahme;30.06.2027;IHK Magdeburg`);
    expect(text).toContain(`;Erfüllt;'\tTabulator vorn;;;"'\rWagenrücklauf vorn"`);
    expect(text).toContain(`;2;2;`);
    expect(text).toContain(';Erfüllt;Jetzt vollständig;');
    // Two revisions × 22 standards, nothing from other regions.
    const records = text.split(/\r\n(?="'=HYPERLINK)/);
    expect(records).toHaveLength(1 + 44);
  });
});

describe('XLSX', () => {
  it('two sheets with German headers, real numbers and date cells in German formats, formulas neutralised', async () => {
    signIn(officer);
    const response = await exportAssessments('?format=xlsx');
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="selbstbewertungen-\d{8}-\d{4}\.xlsx"$/);
    const book = await workbook(response);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['Übersicht', 'Angaben']);

    const overview = rowsOf(book.getWorksheet('Übersicht')!);
    expect(overview[0]!.slice(0, 7)).toEqual(['Projekt', 'Organisation', 'Region', 'Zielgruppe', 'Status der Selbstbewertung', 'Fassung', 'Eingereicht am']);
    expect(overview).toHaveLength(1 + 4);
    const formula = overview.filter((row) => row[0] === `'${HYPERLINK}`);
    expect(formula.map((row) => row[5])).toEqual([1, 2]);
    const sheet = book.getWorksheet('Übersicht')!;
    const rowNumber = overview.indexOf(formula[0]!) + 1;
    const submitted = sheet.getRow(rowNumber).getCell(7);
    expect(submitted.value).toBeInstanceOf(Date);
    expect(submitted.numFmt).toBe('dd.mm.yyyy hh:mm');
    const revisionDate = await db.revision.findFirstOrThrow({ where: { assessment: { projectId: formulaProject.id }, number: 1 }, select: { submittedAt: true } });
    const berlin = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', dateStyle: 'short', timeStyle: 'short' }).format(revisionDate.submittedAt!);
    const cellAsBerlin = new Intl.DateTimeFormat('de-DE', { timeZone: 'UTC', dateStyle: 'short', timeStyle: 'short' }).format(submitted.value as Date);
    expect(cellAsBerlin).toBe(berlin);
    const share = sheet.getRow(rowNumber).getCell(11);
    expect(share.value).toBe(95.2);
    expect(share.numFmt).toBe('0.0');
    expect(sheet.getRow(rowNumber).getCell(6).numFmt).toBe('0');
    expect(sheet.getRow(1).font?.bold).toBe(true);

    const answers = book.getWorksheet('Angaben')!;
    const answerRows = rowsOf(answers);
    expect(answerRows[0]).toEqual(['Projekt', 'Organisation', 'Fassung', 'Standard (Nr.)', 'Standard', 'Status', 'Umsetzung / Begründung', 'Geplante Maßnahmen', 'Zieldatum', 'Beteiligte Partner']);
    const std02 = answerRows.find((row) => row[0] === `'${HYPERLINK}` && row[2] === 1 && row[3] === 2)!;
    expect(std02.slice(5, 8)).toEqual(['Teilweise erfüllt', "'-2 Plätze fehlen", "'@x Maßnahme"]);
    expect(std02[8]).toEqual(new Date(Date.UTC(2027, 5, 30)));
    const dateCell = answers.getRow(answerRows.indexOf(std02) + 1).getCell(9);
    expect(dateCell.numFmt).toBe('dd.mm.yyyy');
    const std01 = answerRows.find((row) => row[0] === `'${HYPERLINK}` && row[2] === 1 && row[3] === 1)!;
    expect(std01[6]).toBe("'+1 Sprachkurs je Person");
    const std03 = answerRows.find((row) => row[0] === `'${HYPERLINK}` && row[2] === 1 && row[3] === 3)!;
    // XML reads a carriage return in text as a line feed (XML 1.0 § 2.11); the „'“ stays in front.
    expect([std03[6], std03[9]]).toEqual(["'\tTabulator vorn", "'\nWagenrücklauf vorn"]);
    // No cell anywhere is a formula.
    for (const each of book.worksheets) each.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
  });

  it('an English reader gets English headers, the same German notation', async () => {
    signIn(officer);
    browserCookies.set('NEXT_LOCALE', 'en');
    const response = await exportAssessments('?format=csv&region=boerde');
    const [header, row] = await csvLines(response);
    expect(header!.split(';').slice(0, 3)).toEqual(['Project', 'Organisation', 'Region']);
    expect(row!.split(';')[6]).toMatch(/^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$/);
    expect(response.headers.get('content-disposition')).toMatch(/filename="self-assessments-/);
  });
});

describe('filters (the review queue’s parsing and WHERE)', () => {
  const titles = async (query: string) => {
    signIn(officer);
    const [, ...rows] = await csvLines(await exportAssessments(`?format=csv&${query}`));
    return rows.map((row) => (row.startsWith('"') ? 'formula' : row.split(';')[0]));
  };

  it('region, status, organisation and search select what the queue shows', async () => {
    expect(await titles('region=boerde')).toEqual(['Pflege in der Börde']);
    expect(await titles('region=harz')).toEqual(['formula', 'formula']);
    expect(await titles('status=ACCEPTED')).toEqual(['Pflege in der Börde']);
    expect((await titles('status=SUBMITTED&status=ACCEPTED')).sort()).toEqual(['Fremdes Projekt', 'Pflege in der Börde', 'formula', 'formula']);
    expect(await titles(`org=${strangerOrg.id}`)).toEqual(['Fremdes Projekt']);
    expect(await titles('q=fremder')).toEqual(['Fremdes Projekt']);
    expect(await titles('q=b%C3%B6rde')).toEqual(['Pflege in der Börde']);
    expect(await titles('q=%25')).toEqual([]);
    // Malformed values fall back to their defaults, as on the queue.
    expect(await titles('region=atlantis&status=DRAFT&format=pdf')).toHaveLength(4);
  });

  it('an unknown format is XLSX', async () => {
    signIn(officer);
    const response = await exportAssessments('?format=pdf&region=boerde');
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    await response.arrayBuffer();
  });
});

describe('the applicant’s project', () => {
  it('sheet „Selbstbewertung“ with every standard, status and texts; sheet „Projektprofil“ as submitted', async () => {
    signIn(applicant);
    const response = await exportProject(formulaProject.id, '?revision=1');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(new RegExp(`^attachment; filename="selbstbewertung-${formulaProject.id}-1-\\d{8}\\.xlsx"$`));
    const book = await workbook(response);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['Selbstbewertung', 'Projektprofil']);
    const rows = rowsOf(book.getWorksheet('Selbstbewertung')!);
    expect(rows[0]).toEqual(['Phase', 'Standard (Nr.)', 'Standard', 'Status', 'Umsetzung / Begründung', 'Geplante Maßnahmen', 'Zieldatum', 'Beteiligte Partner']);
    expect(rows).toHaveLength(1 + 22);
    expect(rows[1]!.slice(0, 2)).toEqual(['Grundsätzliche Erwartungen', 1]);
    const std02 = rows.find((row) => row[1] === 2)!;
    expect(std02.slice(3, 7)).toEqual(['Teilweise erfüllt', "'-2 Plätze fehlen", "'@x Maßnahme", new Date(Date.UTC(2027, 5, 30))]);

    const profile = Object.fromEntries(rowsOf(book.getWorksheet('Projektprofil')!).map((row) => [row[0], row[1]]));
    expect(profile).toMatchObject({
      Feld: 'Wert',
      'Titel des Projekts': `'${HYPERLINK}`,
      Organisation: 'Demo-Projektträger e. V.',
      Beginn: new Date(Date.UTC(2027, 0, 1)),
      Zielgruppe: 'Auszubildende',
      'Geplante Anzahl Personen': 12,
      Herkunftsländer: 'Philippinen, Vietnam',
      'Region in Sachsen-Anhalt': 'Harz',
      'Status der Selbstbewertung': 'Eingereicht',
      Fassung: 1,
    });
  });

  it('a draft: the latest revision as it is now', async () => {
    signIn(applicant);
    const book = await workbook(await exportProject(draftProject.id));
    const rows = rowsOf(book.getWorksheet('Selbstbewertung')!);
    expect(rows.slice(1).every((row) => row[3] === 'Offen')).toBe(true);
    const profile = Object.fromEntries(rowsOf(book.getWorksheet('Projektprofil')!).map((row) => [row[0], row[1]]));
    expect(profile).toMatchObject({ 'Titel des Projekts': 'Nie eingereicht', 'Status der Selbstbewertung': 'Entwurf' });
  });
});
