/**
 * The catalogue editor's Server Actions, called as the forms call them: the guard (anonymous →
 * 401, officers and applicants → 403, nothing changed), zod messages per field, a stale save
 * answered with the other administrator's text, forged ids not found, and the publication
 * refreshing the cached public catalogue pages.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { createDraftAction } from '@/app/[locale]/(site)/(admin)/admin/catalogue/actions';
import { addStandardAction, discardDraftAction, moveStandardAction, updateHeadingAction } from '@/app/[locale]/(site)/(admin)/admin/catalogue/[versionId]/actions';
import { retireStandardAction, updateStandardAction } from '@/app/[locale]/(site)/(admin)/admin/catalogue/[versionId]/standards/[key]/actions';
import { publishAction } from '@/app/[locale]/(site)/(admin)/admin/catalogue/[versionId]/diff/actions';
import { toStandardTextsInput } from '@/lib/catalogue/catalogue-text';
import { getDraftStandard } from '@/lib/catalogue/get-draft-standard';
import { seed } from '@/prisma/seed/seed';
import { createTestUser, demoActors, type TestUser } from '@/tests/support/factories';
import { expectForbidden, expectUnauthorized, nextCacheModule, signIn } from '@/tests/support/next-request';

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

beforeEach(() => signIn(admin));

async function formOf(versionId: string, key: string) {
  const { standard } = await getDraftStandard({ versionId, key });
  return { key, expectedLockVersion: standard.lockVersion, ...toStandardTextsInput(standard) };
}

describe('guards', () => {
  it('anonymous callers get 401, officers and applicants 403 from every catalogue action, changing nothing', async () => {
    const created = await createDraftAction();
    if (!created.ok) throw new Error(`draft: ${created.formError}`);
    const versionId = created.data.id;
    const form = await formOf(versionId, 'std-07');
    const calls: Array<[string, () => Promise<unknown>]> = [
      ['createDraftAction', () => createDraftAction()],
      ['updateStandardAction', () => updateStandardAction(versionId, { ...form, text: 'Übernommen?' })],
      ['retireStandardAction', () => retireStandardAction(versionId, { key: 'std-07', retired: true })],
      ['moveStandardAction', () => moveStandardAction(versionId, { key: 'std-07', direction: 'up' })],
      ['updateHeadingAction', () => updateHeadingAction(versionId, { kind: 'phase', id: 'x', expectedLockVersion: 0, heading: 'x', headingEn: '' })],
      ['addStandardAction', () => addStandardAction(versionId, { topicId: 'x', text: 'a', objective: 'b', information: '', textEn: '', objectiveEn: '', informationEn: '' })],
      ['publishAction', () => publishAction(versionId, { changeNote: 'Heimlich' })],
      ['discardDraftAction', () => discardDraftAction(versionId)],
    ];
    const events = await db.auditEvent.count();
    signIn(null);
    for (const [, call] of calls) await expectUnauthorized(call());
    for (const user of [officer, applicant]) {
      signIn(user);
      for (const [name, call] of calls) {
        await expectForbidden(call()).catch((error: Error) => {
          throw new Error(`${user.role} ${name}: ${error.message}`);
        });
      }
    }
    expect(await db.auditEvent.count()).toBe(events);
    expect((await getDraftStandard({ versionId, key: 'std-07' })).standard.text).toBe(form.text);

    signIn(admin);
    expect(await discardDraftAction(versionId)).toEqual({ ok: true, data: { number: 2 } });
  });
});

describe('the editor as the forms use it', () => {
  it('answers field messages, conflicts with the stored text, unknown ids, and publishes with a refresh of /standards', async () => {
    const created = await createDraftAction();
    if (!created.ok) throw new Error(`draft: ${created.formError}`);
    const versionId = created.data.id;
    expect(await createDraftAction()).toEqual({ ok: false, formError: 'catalogueDraftExists' });

    const opened = await formOf(versionId, 'std-07');
    expect(await updateStandardAction(versionId, { ...opened, text: '', objective: ' ' })).toEqual({
      ok: false,
      fieldErrors: { text: ['textRequired'], objective: ['objectiveRequired'] },
    });

    // A second administrator saves first; the first one's save is refused with the stored text.
    const second = await createTestUser({ role: 'ADMIN', name: 'Bernd Zweitadmin' });
    signIn(second);
    const theirs = await updateStandardAction(versionId, { ...opened, text: 'Fassung von Bernd.' });
    expect(theirs).toMatchObject({ ok: true, data: { text: 'Fassung von Bernd.', lockVersion: 1, updatedByName: 'Bernd Zweitadmin' } });
    signIn(admin);
    expect(await updateStandardAction(versionId, { ...opened, text: 'Fassung von Ada.' })).toMatchObject({
      ok: false,
      formError: 'catalogueChanged',
      details: { key: 'std-07', text: 'Fassung von Bernd.', lockVersion: 1, updatedByName: 'Bernd Zweitadmin' },
    });
    // „Meine Fassung speichern“: the same text on top of the stored version.
    expect(await updateStandardAction(versionId, { ...opened, expectedLockVersion: 1, text: 'Fassung von Ada.' })).toMatchObject({
      ok: true,
      data: { text: 'Fassung von Ada.', lockVersion: 2, updatedByName: admin.name },
    });

    expect(await updateStandardAction('no-such-version', opened)).toEqual({ ok: false, formError: 'notFound' });
    expect(await updateStandardAction(versionId, { ...opened, key: 'std-99', expectedLockVersion: 0 })).toEqual({ ok: false, formError: 'notFound' });
    expect(await retireStandardAction(versionId, { key: 'nonsense', retired: true })).toEqual({ ok: false, fieldErrors: { key: ['standardInvalid'] } });
    expect(await moveStandardAction(versionId, { key: 'std-02', direction: 'up' })).toEqual({ ok: true, data: { moved: true } });

    expect(await publishAction(versionId, { changeNote: '  ' })).toEqual({ ok: false, fieldErrors: { changeNote: ['changeNoteRequired'] } });
    nextCacheModule.revalidatePath.mockClear();
    expect(await publishAction(versionId, { changeNote: 'Standard 7 neu gefasst' })).toEqual({ ok: true, data: { id: versionId, number: 2 } });
    expect(nextCacheModule.revalidatePath).toHaveBeenCalledWith('/[locale]/(public)/standards', 'page');
    expect(nextCacheModule.revalidatePath).toHaveBeenCalledWith('/[locale]/(public)/standards/[version]', 'page');

    // Published: the editor's saves are refused in words, not by the database's error.
    expect(await updateStandardAction(versionId, { ...(await formOf(versionId, 'std-07')), text: 'Danach' })).toEqual({ ok: false, formError: 'catalogueNotDraft' });
    expect(await discardDraftAction(versionId)).toEqual({ ok: false, formError: 'catalogueNotDraft' });
  });
});
