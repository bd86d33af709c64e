/**
 * The catalogue editor's domain functions (lib/catalogue/): draft → edit → publish, one draft at
 * a time, optimistic concurrency of every save, audit events with before/after, the diff between
 * versions, and the database refusing any change to a published version.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { addDraftStandard } from '@/lib/catalogue/add-draft-standard';
import { toStandardTextsInput } from '@/lib/catalogue/catalogue-text';
import { createDraftVersion } from '@/lib/catalogue/create-draft-version';
import { diffCatalogueVersions } from '@/lib/catalogue/diff-catalogue-versions';
import { discardDraftVersion } from '@/lib/catalogue/discard-draft-version';
import { getCatalogueEditor } from '@/lib/catalogue/get-catalogue-editor';
import { getDraftStandard } from '@/lib/catalogue/get-draft-standard';
import { getPublishedCatalogue } from '@/lib/catalogue/get-published-catalogue';
import { listCatalogueVersions } from '@/lib/catalogue/list-catalogue-versions';
import { moveDraftStandard } from '@/lib/catalogue/move-draft-standard';
import { publishCatalogueVersion } from '@/lib/catalogue/publish-catalogue-version';
import { retireDraftStandard } from '@/lib/catalogue/retire-draft-standard';
import { updateDraftHeading } from '@/lib/catalogue/update-draft-heading';
import { updateDraftStandard } from '@/lib/catalogue/update-draft-standard';
import { AuthorizationError, ConflictError, DomainError } from '@/lib/errors';
import { seed } from '@/prisma/seed/seed';
import { createChangedCatalogueDraft, createTestProject, createTestUser, demoActors, publishChangedCatalogue, type TestUser } from '@/tests/support/factories';

let admin: TestUser;
let secondAdmin: TestUser;
let officer: TestUser;
let applicant: TestUser;
let version1: { id: string };

beforeAll(async () => {
  await seed({ demo: true });
  ({ admin, officer, applicant } = await demoActors());
  secondAdmin = await createTestUser({ role: 'ADMIN', name: 'Bernd Zweitadmin' });
  version1 = await db.catalogueVersion.findUniqueOrThrow({ where: { number: 1 }, select: { id: true } });
});

const auditEvents = (action: string) =>
  db.auditEvent.findMany({ where: { action }, orderBy: { at: 'asc' }, select: { actorId: true, subjectType: true, subjectId: true, details: true } });

async function errorOf(call: Promise<unknown>): Promise<unknown> {
  return call.then(
    () => new Error('expected a refusal'),
    (error: unknown) => error,
  );
}

async function codeOf(call: Promise<unknown>): Promise<string> {
  const error = await errorOf(call);
  if (error instanceof DomainError) return error.code;
  throw error;
}

/** The texts of a draft standard as its edit form starts, with its lock version. */
async function formOf(versionId: string, key: string) {
  const { standard } = await getDraftStandard({ versionId, key });
  return { key, expectedLockVersion: standard.lockVersion, ...toStandardTextsInput(standard) };
}

describe('a draft', () => {
  it('is a copy of the latest published version, numbered after it, made once at a time, audited', async () => {
    const draft = await createDraftVersion({ actor: admin });
    expect(draft.number).toBe(2);

    const copy = await db.catalogueVersion.findUniqueOrThrow({
      where: { id: draft.id },
      select: {
        status: true,
        title: true,
        phases: { orderBy: { position: 'asc' }, select: { key: true, title: true, topics: { orderBy: { position: 'asc' }, select: { heading: true, standards: { orderBy: { position: 'asc' }, select: { key: true, number: true, text: true, objectiveEn: true, information: true } } } } } },
      },
    });
    const original = await db.catalogueVersion.findUniqueOrThrow({
      where: { id: version1.id },
      select: {
        status: true,
        title: true,
        phases: { orderBy: { position: 'asc' }, select: { key: true, title: true, topics: { orderBy: { position: 'asc' }, select: { heading: true, standards: { orderBy: { position: 'asc' }, select: { key: true, number: true, text: true, objectiveEn: true, information: true } } } } } },
      },
    });
    expect(copy).toEqual({ ...original, status: 'DRAFT' });
    expect(copy.phases.flatMap((phase) => phase.topics.flatMap((topic) => topic.standards))).toHaveLength(22);
    expect(await auditEvents('catalogue.draft.created')).toEqual([
      { actorId: admin.id, subjectType: 'CatalogueVersion', subjectId: draft.id, details: { number: 2, basedOn: 1 } },
    ]);

    // A second one is refused while the first exists — also by the database itself.
    expect(await codeOf(createDraftVersion({ actor: secondAdmin }))).toBe('catalogueDraftExists');
    await expect(
      db.$executeRaw`INSERT INTO "CatalogueVersion" ("id", "number", "status", "title", "heading") VALUES ('second-draft', 99, 'DRAFT', 'x', 'y')`,
    ).rejects.toThrow(/CatalogueVersion_one_draft/);

    const list = await listCatalogueVersions();
    expect(list.map(({ number, status, standardCount, publishedByName }) => ({ number, status, standardCount, publishedByName }))).toEqual([
      { number: 2, status: 'DRAFT', standardCount: 22, publishedByName: null },
      { number: 1, status: 'PUBLISHED', standardCount: 22, publishedByName: null },
    ]);

    await discardDraftVersion({ actor: admin, versionId: draft.id });
    expect(await db.catalogueVersion.count({ where: { id: draft.id } })).toBe(0);
    expect(await db.standard.count({ where: { versionId: draft.id } })).toBe(0);
    expect((await auditEvents('catalogue.draft.discarded')).map((event) => event.details)).toEqual([
      { number: 2, before: { status: 'DRAFT', editedStandards: [] }, after: null },
    ]);
  });

  it('two administrators creating a draft at the same moment get exactly one', async () => {
    const results = await Promise.allSettled([createDraftVersion({ actor: admin }), createDraftVersion({ actor: secondAdmin })]);
    const made = results.filter((result) => result.status === 'fulfilled');
    const refused = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected');
    expect(made).toHaveLength(1);
    expect(refused.map((result) => (result.reason as DomainError).code)).toEqual(['catalogueDraftExists']);
    expect(await db.catalogueVersion.count({ where: { status: 'DRAFT' } })).toBe(1);
    await discardDraftVersion({ actor: admin, versionId: (made[0] as PromiseFulfilledResult<{ id: string }>).value.id });
  });

  it('only administrators make, change, publish or discard drafts', async () => {
    const draft = await createDraftVersion({ actor: admin });
    const form = await formOf(draft.id, 'std-07');
    for (const actor of [officer, applicant]) {
      const calls = [
        createDraftVersion({ actor }),
        updateDraftStandard({ actor, versionId: draft.id, input: { ...form, text: 'Übernahme' } }),
        addDraftStandard({ actor, versionId: draft.id, input: { topicId: 'x', text: 'a', objective: 'b', information: '', textEn: '', objectiveEn: '', informationEn: '' } }),
        retireDraftStandard({ actor, versionId: draft.id, input: { key: 'std-07', retired: true } }),
        moveDraftStandard({ actor, versionId: draft.id, input: { key: 'std-07', direction: 'up' } }),
        updateDraftHeading({ actor, versionId: draft.id, input: { kind: 'phase', id: 'x', expectedLockVersion: 0, heading: 'x', headingEn: '' } }),
        publishCatalogueVersion({ actor, versionId: draft.id, input: { changeNote: 'x' } }),
        discardDraftVersion({ actor, versionId: draft.id }),
      ];
      for (const call of calls) expect(await errorOf(call)).toBeInstanceOf(AuthorizationError);
    }
    expect((await getDraftStandard({ versionId: draft.id, key: 'std-07' })).standard.text).toBe(form.text);
    await discardDraftVersion({ actor: admin, versionId: draft.id });
  });
});

describe('saving a standard of the draft', () => {
  it('saves the texts in the line format, counts the lock version up and audits the changed fields before and after', async () => {
    const draft = await createDraftVersion({ actor: admin });
    const form = await formOf(draft.id, 'std-07');
    const saved = await updateDraftStandard({
      actor: admin,
      versionId: draft.id,
      input: { ...form, text: 'Neuer Text.\r\n\r\n- erster Punkt\n* zweiter Punkt  ', informationEn: 'Further contacts.' },
    });
    expect(saved).toMatchObject({ key: 'std-07', lockVersion: 1, text: 'Neuer Text.\n• erster Punkt\n• zweiter Punkt', informationEn: 'Further contacts.', updatedByName: admin.name });

    const events = await auditEvents('catalogue.standard.updated');
    expect(events.at(-1)).toEqual({
      actorId: admin.id,
      subjectType: 'Standard',
      subjectId: expect.any(String),
      details: {
        catalogueVersion: 2,
        key: 'std-07',
        lockVersion: 1,
        before: { text: form.text, informationEn: form.informationEn || null },
        after: { text: 'Neuer Text.\n• erster Punkt\n• zweiter Punkt', informationEn: 'Further contacts.' },
      },
    });

    // Nothing changed: nothing written, nothing recorded.
    const again = await updateDraftStandard({ actor: admin, versionId: draft.id, input: { ...(await formOf(draft.id, 'std-07')) } });
    expect(again.lockVersion).toBe(1);
    expect(await auditEvents('catalogue.standard.updated')).toHaveLength(events.length);

    // The German text and objective are required.
    const refused = await errorOf(updateDraftStandard({ actor: admin, versionId: draft.id, input: { ...form, expectedLockVersion: 1, text: ' \n ', objective: '' } }));
    expect((refused as { issues: { path: string[]; message: string }[] }).issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['text', 'textRequired'],
      ['objective', 'objectiveRequired'],
    ]);
    await discardDraftVersion({ actor: admin, versionId: draft.id });
  });

  it('refuses a stale save with the other administrator’s text and never overwrites it', async () => {
    const draft = await createDraftVersion({ actor: admin });
    const opened = await formOf(draft.id, 'std-03');
    await updateDraftStandard({ actor: secondAdmin, versionId: draft.id, input: { ...opened, text: 'Fassung von Bernd.' } });

    const error = await errorOf(updateDraftStandard({ actor: admin, versionId: draft.id, input: { ...opened, text: 'Fassung von Ada.' } }));
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).code).toBe('catalogueChanged');
    expect((error as ConflictError).current).toMatchObject({ key: 'std-03', text: 'Fassung von Bernd.', lockVersion: 1, updatedByName: 'Bernd Zweitadmin' });
    expect((await getDraftStandard({ versionId: draft.id, key: 'std-03' })).standard.text).toBe('Fassung von Bernd.');

    // The same text sent again on the old version (a repeated request) is no conflict.
    expect(await updateDraftStandard({ actor: secondAdmin, versionId: draft.id, input: { ...opened, text: 'Fassung von Bernd.' } })).toMatchObject({ lockVersion: 1 });

    // Two saves on the same version at the same moment: one wins, the other sees its text.
    const now = await formOf(draft.id, 'std-03');
    const results = await Promise.allSettled([
      updateDraftStandard({ actor: admin, versionId: draft.id, input: { ...now, text: 'Gleichzeitig A.' } }),
      updateDraftStandard({ actor: secondAdmin, versionId: draft.id, input: { ...now, text: 'Gleichzeitig B.' } }),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const lost = results.find((result): result is PromiseRejectedResult => result.status === 'rejected')!;
    const stored = (await getDraftStandard({ versionId: draft.id, key: 'std-03' })).standard;
    expect((lost.reason as ConflictError<{ text: string }>).current!.text).toBe(stored.text);
    expect(stored.lockVersion).toBe(2);
    await discardDraftVersion({ actor: admin, versionId: draft.id });
  });

  it('a phase title and a topic heading save the same way, with conflicts', async () => {
    const draft = await createDraftVersion({ actor: admin });
    const editor = await getCatalogueEditor({ versionId: draft.id });
    const phase = editor.phases[1]!;
    const topic = editor.phases[0]!.topics[0]!;

    const savedPhase = await updateDraftHeading({
      actor: admin,
      versionId: draft.id,
      input: { kind: 'phase', id: phase.id, expectedLockVersion: 0, heading: 'Phase I: Ansprache, Auswahl und Information', headingEn: phase.titleEn ?? '' },
    });
    expect(savedPhase).toMatchObject({ heading: 'Phase I: Ansprache, Auswahl und Information', lockVersion: 1, updatedByName: admin.name });
    await updateDraftHeading({ actor: secondAdmin, versionId: draft.id, input: { kind: 'topic', id: topic.id, expectedLockVersion: 0, heading: 'Grundsätze', headingEn: 'Principles' } });
    const conflict = await errorOf(
      updateDraftHeading({ actor: admin, versionId: draft.id, input: { kind: 'topic', id: topic.id, expectedLockVersion: 0, heading: 'Etwas anderes', headingEn: '' } }),
    );
    expect((conflict as ConflictError).current).toMatchObject({ heading: 'Grundsätze', headingEn: 'Principles', updatedByName: 'Bernd Zweitadmin' });

    expect((await auditEvents('catalogue.phase.updated')).at(-1)!.details).toEqual({
      catalogueVersion: draft.number,
      lockVersion: 1,
      before: { heading: phase.title, headingEn: phase.titleEn },
      after: { heading: 'Phase I: Ansprache, Auswahl und Information', headingEn: phase.titleEn },
    });
    expect((await auditEvents('catalogue.topic.updated')).at(-1)!.details).toMatchObject({ before: { heading: topic.heading }, after: { heading: 'Grundsätze', headingEn: 'Principles' } });

    const diff = await diffCatalogueVersions({ fromVersionId: version1.id, toVersionId: draft.id });
    expect(diff.headings.map(({ kind, phase: key, position }) => ({ kind, key, position }))).toEqual([
      { kind: 'topic', key: 'GENERAL', position: 1 },
      { kind: 'phase', key: 'PHASE_1', position: 0 },
    ]);
    expect(diff.counts.headings).toBe(2);
    await discardDraftVersion({ actor: admin, versionId: draft.id });
  });
});

describe('adding, retiring and moving standards', () => {
  it('a new standard gets the next unused key and the number after the highest, at the end of its topic', async () => {
    const draft = await createDraftVersion({ actor: admin });
    const editor = await getCatalogueEditor({ versionId: draft.id });
    const topic = editor.phases[2]!.topics.at(-1)!;
    const added = await addDraftStandard({
      actor: admin,
      versionId: draft.id,
      input: { topicId: topic.id, text: 'Digitale Angebote werden barrierefrei bereitgestellt.', objective: 'Teilhabe', information: '', textEn: '', objectiveEn: '', informationEn: '' },
    });
    expect(added).toEqual({ key: 'std-23', number: 23 });
    const after = await getCatalogueEditor({ versionId: draft.id });
    expect(after.phases[2]!.topics.at(-1)!.standards.at(-1)).toMatchObject({ key: 'std-23', number: 23, retired: false });
    expect(after.changes['std-23']).toBe('new');
    expect((await auditEvents('catalogue.standard.added')).at(-1)!.details).toMatchObject({
      key: 'std-23',
      number: 23,
      phase: 'PHASE_2',
      before: null,
      after: { text: 'Digitale Angebote werden barrierefrei bereitgestellt.', objective: 'Teilhabe', information: null },
    });

    // A topic of another version is not found.
    const otherTopic = await db.topic.findFirstOrThrow({ where: { phase: { versionId: version1.id } }, select: { id: true } });
    expect(
      await codeOf(addDraftStandard({ actor: admin, versionId: draft.id, input: { topicId: otherTopic.id, text: 'x', objective: 'y', information: '', textEn: '', objectiveEn: '', informationEn: '' } })),
    ).toBe('notFound');

    // Discarded, its key is free again (no published version ever had it).
    await discardDraftVersion({ actor: admin, versionId: draft.id });
  });

  it('retiring drops a standard out of the version; taking it back in restores it; audited', async () => {
    const draft = await createDraftVersion({ actor: admin });
    expect(await retireDraftStandard({ actor: admin, versionId: draft.id, input: { key: 'std-12', retired: true } })).toEqual({ retired: true });
    expect((await getCatalogueEditor({ versionId: draft.id })).changes['std-12']).toBe('retired');
    await retireDraftStandard({ actor: admin, versionId: draft.id, input: { key: 'std-12', retired: false } });
    expect((await getCatalogueEditor({ versionId: draft.id })).changes['std-12']).toBe('unchanged');
    expect((await auditEvents('catalogue.standard.retired')).at(-1)!.details).toMatchObject({ key: 'std-12', before: { retired: false }, after: { retired: true } });
    expect((await auditEvents('catalogue.standard.restored')).at(-1)!.details).toMatchObject({ key: 'std-12', before: { retired: true }, after: { retired: false } });
    await discardDraftVersion({ actor: admin, versionId: draft.id });
  });

  it('moves a standard within its topic, past retired ones, and not beyond the ends', async () => {
    const draft = await createDraftVersion({ actor: admin });
    const order = async () => {
      const editor = await getCatalogueEditor({ versionId: draft.id });
      const topic = editor.phases.flatMap((phase) => phase.topics).find((candidate) => candidate.standards.some((standard) => standard.key === 'std-03'))!;
      return topic.standards.filter((standard) => !standard.retired).map((standard) => standard.key);
    };
    const start = await order();
    expect(start.length).toBeGreaterThanOrEqual(3);
    const index = start.indexOf('std-03');

    expect(await moveDraftStandard({ actor: admin, versionId: draft.id, input: { key: start[0]!, direction: 'up' } })).toEqual({ moved: false });
    expect(await moveDraftStandard({ actor: admin, versionId: draft.id, input: { key: start.at(-1)!, direction: 'down' } })).toEqual({ moved: false });

    const target = index > 0 ? 'up' : 'down';
    expect(await moveDraftStandard({ actor: admin, versionId: draft.id, input: { key: 'std-03', direction: target } })).toEqual({ moved: true });
    const moved = [...start];
    const other = target === 'up' ? index - 1 : index + 1;
    [moved[index], moved[other]] = [moved[other]!, moved[index]!];
    expect(await order()).toEqual(moved);
    expect((await auditEvents('catalogue.standard.moved')).at(-1)!.details).toMatchObject({ key: 'std-03', direction: target, before: start, after: moved });

    // A retired neighbour is skipped: the standard moves past it.
    const first = moved[0]!;
    await retireDraftStandard({ actor: admin, versionId: draft.id, input: { key: moved[1]!, retired: true } });
    await moveDraftStandard({ actor: admin, versionId: draft.id, input: { key: moved[2]!, direction: 'up' } });
    expect((await order()).slice(0, 2)).toEqual([moved[2], first]);
    // Display numbers stay as they are.
    expect((await getDraftStandard({ versionId: draft.id, key: 'std-03' })).standard.number).toBe(3);
    await discardDraftVersion({ actor: admin, versionId: draft.id });
  });
});

describe('the diff of two versions', () => {
  it('names every standard new, changed, retired or unchanged, with word diffs of the changed texts', async () => {
    const draft = await createChangedCatalogueDraft({
      admin,
      changes: { 'std-07': { text: 'Die Ansprache erfolgt transparent und fair.', objectiveEn: 'A new English objective.' } },
      retire: ['std-10'],
      add: [{ phase: 'PHASE_2', text: 'Ein neuer Standard.', objective: 'Ein neues Ziel.' }],
    });
    const diff = await diffCatalogueVersions({ fromVersionId: version1.id, toVersionId: draft.id });
    expect(diff.counts).toEqual({ new: 1, changed: 1, retired: 1, unchanged: 20, headings: 0 });
    expect(diff.from).toEqual({ id: version1.id, number: 1 });
    expect(diff.to).toEqual({ id: draft.id, number: draft.number, status: 'DRAFT' });
    expect(diff.standards.map((standard) => standard.number)).toEqual(Array.from({ length: 23 }, (_, index) => index + 1));

    const std07 = diff.standards.find((standard) => standard.key === 'std-07')!;
    expect(std07.change).toBe('changed');
    expect(Object.keys(std07.fields).sort()).toEqual(['objectiveEn', 'text']);
    const original = (await getPublishedCatalogue({ number: 1 }))!.phases.flatMap((phase) => phase.topics.flatMap((topic) => topic.standards)).find((standard) => standard.key === 'std-07')!;
    const text = std07.fields.text!;
    expect(text.filter((part) => part.kind !== 'added').map((part) => part.text).join('')).toBe(original.text);
    expect(text.filter((part) => part.kind !== 'removed').map((part) => part.text).join('')).toBe('Die Ansprache erfolgt transparent und fair.');
    expect(text.some((part) => part.kind === 'same')).toBe(true);

    const retired = diff.standards.find((standard) => standard.key === 'std-10')!;
    expect(retired).toMatchObject({ change: 'retired', number: 10 });
    expect(retired.fields.text!.every((part) => part.kind === 'removed')).toBe(true);
    const added = diff.standards.find((standard) => standard.key === draft.added[0])!;
    expect(added).toMatchObject({ change: 'new', number: 23, phase: 'PHASE_2' });
    expect(added.fields).toEqual({ text: [{ kind: 'added', text: 'Ein neuer Standard.' }], objective: [{ kind: 'added', text: 'Ein neues Ziel.' }] });
    expect(diff.standards.find((standard) => standard.key === 'std-01')).toMatchObject({ change: 'unchanged', fields: {} });

    // The other way round, new and retired swap.
    const back = await diffCatalogueVersions({ fromVersionId: draft.id, toVersionId: version1.id });
    expect(back.counts).toEqual({ new: 1, changed: 1, retired: 1, unchanged: 20, headings: 0 });
    expect(back.standards.find((standard) => standard.key === 'std-10')!.change).toBe('new');
    await discardDraftVersion({ actor: admin, versionId: draft.id });
  });
});

describe('publishing', () => {
  it('needs a change note and a change; then the draft is the newest published version, audited', async () => {
    const draft = await createDraftVersion({ actor: admin });
    const notes = await errorOf(publishCatalogueVersion({ actor: admin, versionId: draft.id, input: { changeNote: '   ' } }));
    expect((notes as { issues: { message: string }[] }).issues.map((issue) => issue.message)).toEqual(['changeNoteRequired']);
    expect(await codeOf(publishCatalogueVersion({ actor: admin, versionId: draft.id, input: { changeNote: 'Nichts geändert' } }))).toBe('catalogueUnchanged');

    await updateDraftStandard({ actor: admin, versionId: draft.id, input: { ...(await formOf(draft.id, 'std-07')), text: 'Standard 7 in neuer Fassung.' } });
    const published = await publishCatalogueVersion({ actor: admin, versionId: draft.id, input: { changeNote: '  Standard 7 neu gefasst  ' } });
    expect(published).toEqual({ id: draft.id, number: 2 });

    const stored = await db.catalogueVersion.findUniqueOrThrow({ where: { id: draft.id }, select: { status: true, publishedAt: true, publishedById: true, changeNote: true } });
    expect(stored).toEqual({ status: 'PUBLISHED', publishedAt: expect.any(Date), publishedById: admin.id, changeNote: 'Standard 7 neu gefasst' });
    expect((await auditEvents('catalogue.published')).at(-1)).toEqual({
      actorId: admin.id,
      subjectType: 'CatalogueVersion',
      subjectId: draft.id,
      details: {
        number: 2,
        basedOn: 1,
        changeNote: 'Standard 7 neu gefasst',
        counts: { new: 0, changed: 1, retired: 0, unchanged: 21, headings: 0 },
        before: { status: 'DRAFT' },
        after: { status: 'PUBLISHED', publishedAt: stored.publishedAt!.toISOString() },
      },
    });

    // The newest is shown by default; version 1 stays as it was.
    const newest = (await getPublishedCatalogue())!;
    const textOf = (catalogue: typeof newest, key: string) => catalogue.phases.flatMap((phase) => phase.topics.flatMap((topic) => topic.standards)).find((standard) => standard.key === key)!.text;
    expect(newest.number).toBe(2);
    expect(textOf(newest, 'std-07')).toBe('Standard 7 in neuer Fassung.');
    expect(textOf((await getPublishedCatalogue({ number: 1 }))!, 'std-07')).not.toBe('Standard 7 in neuer Fassung.');
    expect(await getPublishedCatalogue({ number: 3 })).toBeNull();

    // A published version is no draft any more: every change is refused.
    const form = await formOf(draft.id, 'std-07');
    expect(await codeOf(updateDraftStandard({ actor: admin, versionId: draft.id, input: { ...form, text: 'Später' } }))).toBe('catalogueNotDraft');
    expect(await codeOf(retireDraftStandard({ actor: admin, versionId: draft.id, input: { key: 'std-07', retired: true } }))).toBe('catalogueNotDraft');
    expect(await codeOf(publishCatalogueVersion({ actor: admin, versionId: draft.id, input: { changeNote: 'Nochmal' } }))).toBe('catalogueNotDraft');
    expect(await codeOf(discardDraftVersion({ actor: admin, versionId: draft.id }))).toBe('catalogueNotDraft');

    // New self-assessments use the newest version.
    const project = await createTestProject({ actor: applicant });
    const revision = await db.revision.findFirstOrThrow({ where: { assessment: { projectId: project.id } }, select: { catalogueVersion: { select: { number: true } } } });
    expect(revision.catalogueVersion.number).toBe(2);
  });

  it('the factory publishes a changed version the same way (version 3 from version 2)', async () => {
    const published = await publishChangedCatalogue({ admin, changes: { 'std-11': { text: 'Elf, neu.' } }, changeNote: 'Standard 11' });
    expect(published.number).toBe(3);
    const diff = await diffCatalogueVersions({ fromVersionId: (await db.catalogueVersion.findUniqueOrThrow({ where: { number: 2 }, select: { id: true } })).id, toVersionId: published.id });
    expect(diff.standards.filter((standard) => standard.change !== 'unchanged').map((standard) => [standard.key, standard.change])).toEqual([['std-11', 'changed']]);
  });
});

describe('the database keeps published versions as they are', () => {
  it('refuses UPDATE and DELETE of a published version and its phases, topics and standards, and new parts in it', async () => {
    const refused = /published versions never change/;
    await expect(db.$executeRaw`UPDATE "Standard" SET "text" = 'Heimlich geändert' WHERE "versionId" = ${version1.id} AND "key" = 'std-07'`).rejects.toThrow(refused);
    await expect(db.$executeRaw`UPDATE "Standard" SET "retired" = true WHERE "versionId" = ${version1.id} AND "key" = 'std-07'`).rejects.toThrow(refused);
    await expect(db.$executeRaw`UPDATE "Standard" SET "textEn" = 'Changed English' WHERE "versionId" = ${version1.id} AND "key" = 'std-07'`).rejects.toThrow(refused);
    await expect(db.$executeRaw`DELETE FROM "Standard" WHERE "versionId" = ${version1.id} AND "key" = 'std-07'`).rejects.toThrow(refused);
    await expect(db.$executeRaw`UPDATE "Phase" SET "title" = 'x' WHERE "versionId" = ${version1.id}`).rejects.toThrow(refused);
    await expect(db.$executeRaw`UPDATE "Topic" SET "heading" = 'x' WHERE "phaseId" IN (SELECT "id" FROM "Phase" WHERE "versionId" = ${version1.id})`).rejects.toThrow(refused);
    await expect(db.$executeRaw`DELETE FROM "Topic" WHERE "phaseId" IN (SELECT "id" FROM "Phase" WHERE "versionId" = ${version1.id})`).rejects.toThrow(refused);
    await expect(
      db.$executeRaw`INSERT INTO "Standard" ("id", "versionId", "topicId", "key", "number", "position", "text", "objective")
        SELECT 'smuggled', ${version1.id}, t."id", 'std-99', 99, 99, 'x', 'y' FROM "Topic" t JOIN "Phase" p ON p."id" = t."phaseId" WHERE p."versionId" = ${version1.id} LIMIT 1`,
    ).rejects.toThrow(refused);
    await expect(db.$executeRaw`UPDATE "CatalogueVersion" SET "changeNote" = 'Umgeschrieben' WHERE "id" = ${version1.id}`).rejects.toThrow(refused);
    await expect(db.$executeRaw`UPDATE "CatalogueVersion" SET "status" = 'DRAFT' WHERE "id" = ${version1.id}`).rejects.toThrow(refused);
    await expect(db.$executeRaw`DELETE FROM "CatalogueVersion" WHERE "id" = ${version1.id}`).rejects.toThrow(refused);
    // A version is born a draft, and published with its note and date.
    await expect(
      db.$executeRaw`INSERT INTO "CatalogueVersion" ("id", "number", "status", "title", "heading", "changeNote", "publishedAt") VALUES ('born-published', 98, 'PUBLISHED', 'x', 'y', 'z', now())`,
    ).rejects.toThrow(/starts as a draft/);

    const draft = await createDraftVersion({ actor: admin });
    await expect(db.$executeRaw`UPDATE "CatalogueVersion" SET "status" = 'PUBLISHED' WHERE "id" = ${draft.id}`).rejects.toThrow(/CatalogueVersion_published_complete/);
    // A revision never uses a draft.
    const revision = await db.revision.findFirstOrThrow({ select: { id: true } });
    await expect(db.$executeRaw`UPDATE "Revision" SET "catalogueVersionId" = ${draft.id} WHERE "id" = ${revision.id}`).rejects.toThrow(/published catalogue version/);
    // A draft itself may still be deleted, with its parts.
    expect(await db.$executeRaw`DELETE FROM "CatalogueVersion" WHERE "id" = ${draft.id}`).toBe(1);

    const after = (await getPublishedCatalogue({ number: 1 }))!;
    expect(after.phases.flatMap((phase) => phase.topics.flatMap((topic) => topic.standards))).toHaveLength(22);
  });

  it('refuses deleting a version that revisions use', async () => {
    const used = await db.revision.findFirstOrThrow({ select: { catalogueVersionId: true } });
    await expect(db.$executeRaw`DELETE FROM "CatalogueVersion" WHERE "id" = ${used.catalogueVersionId}`).rejects.toThrow();
    expect(await db.catalogueVersion.count({ where: { id: used.catalogueVersionId } })).toBe(1);
  });
});
