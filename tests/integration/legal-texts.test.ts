/**
 * The operator's legal texts and the contact address in mails („Einstellungen“): the seed stores
 * placeholders once and never touches a saved text; administrators save both languages with
 * optimistic concurrency, audited; the action refuses other roles and unknown pages; every mail
 * ends with the contact address in the recipient's language.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { saveLegalText } from '@/app/[locale]/(site)/(admin)/admin/settings/legal/[page]/actions';
import { getLegalText } from '@/lib/legal/get-legal-text';
import { listLegalTextStates } from '@/lib/legal/list-legal-text-states';
import { updateLegalText } from '@/lib/legal/update-legal-text';
import { sendMail } from '@/lib/mail/send-mail';
import { updateSettings } from '@/lib/settings/update-settings';
import { seed } from '@/prisma/seed/seed';
import { createOrganisation, createSubmittedRevision, createTestProject, demoActors, type TestUser } from '@/tests/support/factories';
import { expectForbidden, expectUnauthorized, signIn } from '@/tests/support/next-request';

vi.mock('next-auth', () => import('@/tests/support/next-request').then((m) => m.nextAuthModule));
vi.mock('next/headers', () => import('@/tests/support/next-request').then((m) => m.nextHeadersModule));
vi.mock('next/cache', () => import('@/tests/support/next-request').then((m) => m.nextCacheModule));
vi.mock('next-intl/server', () => import('@/tests/support/next-request').then((m) => m.nextIntlServerModule));

let admin: TestUser;
let officer: TestUser;
let applicant: TestUser;

beforeAll(async () => {
  await seed({ demo: true });
  ({ admin, officer, applicant } = await demoActors());
});

const version = async (page: 'impressum' | 'datenschutz' | 'barrierefreiheit') => (await getLegalText({ page }))!.updatedAt.toISOString();

describe('legal texts', () => {
  it('start as the seed’s placeholders in both languages, marked as not yet edited', async () => {
    const states = await listLegalTextStates();
    expect(states.map(({ page, state }) => ({ page, state }))).toEqual([
      { page: 'impressum', state: 'placeholder' },
      { page: 'datenschutz', state: 'placeholder' },
      { page: 'barrierefreiheit', state: 'placeholder' },
    ]);
    const impressum = await getLegalText({ page: 'impressum' });
    expect(impressum).toMatchObject({ edited: false });
    expect(impressum!.de).toContain('## Anbieter');
    expect(impressum!.en.length).toBeGreaterThan(0);
  });

  it('are saved by an administrator in both languages, audited with before and after, and a second seed keeps them', async () => {
    const before = await getLegalText({ page: 'impressum' });
    const input = { de: '## Anbieter\n\nLandesamt Muster\nDomplatz 1, 39104 Magdeburg', en: '## Provider\n\nState office', expectedUpdatedAt: before!.updatedAt.toISOString() };
    const { updatedAt } = await updateLegalText({ actor: admin, page: 'impressum', input });
    expect(await getLegalText({ page: 'impressum' })).toEqual({ de: input.de, en: input.en, updatedAt, edited: true });
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: 'legal.updated' },
      select: { actorId: true, subjectType: true, subjectId: true, details: true },
    });
    expect(event).toEqual({
      actorId: admin.id,
      subjectType: 'Setting',
      subjectId: 'legal.impressum',
      details: { before: { de: before!.de, en: before!.en }, after: { de: input.de, en: input.en } },
    });
    await seed({ demo: false });
    expect((await getLegalText({ page: 'impressum' }))!.de).toBe(input.de);
  });

  it('refuse a save against a text saved meanwhile, hand back the stored one and overwrite nothing', async () => {
    const opened = await version('datenschutz');
    await updateLegalText({ actor: admin, page: 'datenschutz', input: { de: 'Erste Fassung', en: 'First version', expectedUpdatedAt: opened } });
    const stored = await getLegalText({ page: 'datenschutz' });
    await expect(
      updateLegalText({ actor: admin, page: 'datenschutz', input: { de: 'Zweite Fassung', en: 'Second version', expectedUpdatedAt: opened } }),
    ).rejects.toMatchObject({ code: 'legalTextChanged', details: { de: 'Erste Fassung', en: 'First version', updatedAt: stored!.updatedAt.toISOString() } });
    expect((await getLegalText({ page: 'datenschutz' }))!.de).toBe('Erste Fassung');
  });

  it('need both languages within the length limit, and an administrator', async () => {
    const expectedUpdatedAt = await version('barrierefreiheit');
    for (const input of [
      { de: '   ', en: 'Text', expectedUpdatedAt },
      { de: 'Text', en: '', expectedUpdatedAt },
      { de: 'x'.repeat(50_001), en: 'Text', expectedUpdatedAt },
      { de: 'Text', en: 'Text', expectedUpdatedAt: 'yesterday' },
      { de: 'Text', en: 'Text', expectedUpdatedAt, extra: 1 },
    ]) {
      await expect(updateLegalText({ actor: admin, page: 'barrierefreiheit', input }), JSON.stringify(input).slice(0, 80)).rejects.toThrow();
    }
    await expect(updateLegalText({ actor: officer, page: 'barrierefreiheit', input: { de: 'X', en: 'X', expectedUpdatedAt } })).rejects.toMatchObject({ code: 'forbidden' });
    expect(await getLegalText({ page: 'barrierefreiheit' })).toMatchObject({ edited: false });
  });

  it('are saved through the action, which answers field errors, refuses other roles and unknown pages', async () => {
    const expectedUpdatedAt = await version('barrierefreiheit');
    signIn(null);
    await expectUnauthorized(saveLegalText('barrierefreiheit', { de: 'X', en: 'X', expectedUpdatedAt }));
    signIn(applicant);
    await expectForbidden(saveLegalText('barrierefreiheit', { de: 'X', en: 'X', expectedUpdatedAt }));
    signIn(admin);
    expect(await saveLegalText('agb', { de: 'X', en: 'X', expectedUpdatedAt })).toMatchObject({ ok: false, formError: 'notFound' });
    expect(await saveLegalText('barrierefreiheit', { de: '', en: 'X', expectedUpdatedAt })).toMatchObject({
      ok: false,
      fieldErrors: { de: ['textRequired'] },
    });
    const saved = await saveLegalText('barrierefreiheit', { de: '## Stand\n\nTeilweise barrierefrei.', en: '## Status\n\nPartly accessible.', expectedUpdatedAt });
    expect(saved).toMatchObject({ ok: true });
    expect(await getLegalText({ page: 'barrierefreiheit' })).toMatchObject({ de: '## Stand\n\nTeilweise barrierefrei.', edited: true });
  });
});

describe('the contact address in mails', () => {
  it('is not in a mail while none is set, and closes every mail in the recipient’s language once it is', async () => {
    const plain = await sendMail({ to: 'a@example.org', subject: 'S', body: 'Text' });
    expect((await db.mail.findUniqueOrThrow({ where: { id: plain.id }, select: { body: true } })).body).toBe('Text');

    await updateSettings({ actor: admin, input: { mailContactAddress: 'foerderung@example.de' } });
    const german = await sendMail({ to: 'a@example.org', subject: 'S', body: 'Text', locale: 'de' });
    const english = await sendMail({ to: 'b@example.org', subject: 'S', body: 'Text', locale: 'en' });
    const bodies = await db.mail.findMany({ where: { id: { in: [german.id, english.id] } }, orderBy: { to: 'asc' }, select: { body: true } });
    expect(bodies.map((mail) => mail.body)).toEqual([
      'Text\n\nFragen zum Förderprogramm oder zum Portal? Schreiben Sie an foerderung@example.de.',
      'Text\n\nQuestions about the funding programme or the portal? Write to foerderung@example.de.',
    ]);
  });

  it('closes the notification mails too', async () => {
    const { applicant: sponsor } = await createOrganisation({ name: 'Träger Kontakt' });
    const project = await createTestProject({ actor: sponsor });
    await createSubmittedRevision({ actor: sponsor, projectId: project.id });
    const mail = await db.mail.findFirstOrThrow({ where: { to: officer.email }, orderBy: { createdAt: 'desc' }, select: { body: true } });
    expect(mail.body).toMatch(/Schreiben Sie an foerderung@example\.de\.$/);
  });

  it('is refused when it is no e-mail address, and removed again with an empty value', async () => {
    for (const mailContactAddress of ['keine Adresse', 'a@', `${'x'.repeat(250)}@example.de`, 5]) {
      await expect(updateSettings({ actor: admin, input: { mailContactAddress } }), String(mailContactAddress).slice(0, 20)).rejects.toThrow();
    }
    await updateSettings({ actor: admin, input: { mailContactAddress: '' } });
    const plain = await sendMail({ to: 'a@example.org', subject: 'S', body: 'Ohne' });
    expect((await db.mail.findUniqueOrThrow({ where: { id: plain.id }, select: { body: true } })).body).toBe('Ohne');
  });
});
