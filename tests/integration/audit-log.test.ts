/**
 * The audit log (issue #9): the request id on every event of a request, failed sign-ins and
 * sign-outs, the append-only table, the viewer's filters and keyset pagination
 * (lib/audit/list-audit-events.ts) and the CSV export route. Next's request edges come from
 * tests/support/next-request.ts; everything else is real.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { authenticate, MAX_FAILED_ATTEMPTS } from '@/lib/auth/authenticate';
import { getAuthOptions } from '@/lib/auth/auth-options';
import { startOfBerlinDay } from '@/lib/audit/audit-filter';
import { listAuditEvents } from '@/lib/audit/list-audit-events';
import { listAuditFilterOptions } from '@/lib/audit/list-audit-filter-options';
import { AUDIT_PAGE_SIZE, decodeAuditCursor } from '@/lib/audit/list-audit-events-schema';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { saveSettings } from '@/app/[locale]/(site)/(admin)/admin/settings/actions';
import { GET as exportCsv } from '@/app/api/admin/audit/export/route';
import { seed } from '@/prisma/seed/seed';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '@/prisma/seed/seed-demo';
import { createTestUser, demoActors, disableTestUser, PASSWORD, type TestUser } from '@/tests/support/factories';
import { newRequest, outsideRequest, signIn } from '@/tests/support/next-request';
import { totpCode } from '@/tests/support/two-factor';

vi.mock('next-auth', () => import('@/tests/support/next-request').then((m) => m.nextAuthModule));
vi.mock('next/headers', () => import('@/tests/support/next-request').then((m) => m.nextHeadersModule));
vi.mock('next/cache', () => import('@/tests/support/next-request').then((m) => m.nextCacheModule));

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let admin: TestUser;
let officer: TestUser;
let applicant: TestUser;

beforeAll(async () => {
  outsideRequest();
  await seed({ demo: true });
  ({ admin, officer, applicant } = await demoActors());
});

beforeEach(() => signIn(admin));

/** The newest events of `action`, newest first. */
const latest = (action: string, take = 1) =>
  db.auditEvent.findMany({
    where: { action },
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    take,
    select: { actorId: true, subjectType: true, subjectId: true, details: true, requestId: true },
  });

describe('request id', () => {
  it('is the incoming x-request-id, the same for every event of the request', async () => {
    newRequest({ 'x-request-id': 'proxy-4f1c2a9e-0001' });
    expect(await saveSettings({ reviewHighlightDays: 11 })).toMatchObject({ ok: true });
    expect(await saveSettings({ reviewHighlightDays: 12 })).toMatchObject({ ok: true });
    const events = await latest('settings.updated', 2);
    expect(events.map((event) => event.requestId)).toEqual(['proxy-4f1c2a9e-0001', 'proxy-4f1c2a9e-0001']);
  });

  it('is generated per request without one (and for a malformed one), the same for all events of a request', async () => {
    newRequest();
    await saveSettings({ reviewHighlightDays: 13 });
    await saveSettings({ reviewHighlightDays: 14 });
    const [second, first] = await latest('settings.updated', 2);
    expect(first!.requestId).toMatch(UUID);
    expect(second!.requestId).toBe(first!.requestId);

    newRequest({ 'x-request-id': 'bad id with spaces; <script>' });
    await saveSettings({ reviewHighlightDays: 15 });
    const [third] = await latest('settings.updated');
    expect(third!.requestId).toMatch(UUID);
    expect(third!.requestId).not.toBe(first!.requestId);

    newRequest({ 'x-request-id': 'x'.repeat(129) });
    await saveSettings({ reviewHighlightDays: 16 });
    expect((await latest('settings.updated'))[0]!.requestId).toMatch(UUID);
  });

  it('is null outside a request (jobs, scripts)', async () => {
    outsideRequest();
    await db.$transaction((tx) => recordAuditEvent({ db: tx, actorId: null, action: 'test.job', subjectType: 'Test' }));
    expect((await latest('test.job'))[0]!.requestId).toBeNull();
  });
});

describe('sign-in and sign-out events', () => {
  it('records failed sign-ins with the address tried and the reason, never the password', async () => {
    newRequest({ 'x-request-id': 'signin-request-1' });
    const user = await createTestUser({ role: 'OFFICER', email: 'fehlversuch@audit.example' });
    await authenticate({ email: 'Fehlversuch@Audit.example', password: 'geheim-Falsch-123' });
    await authenticate({ email: 'niemand@audit.example', password: 'geheim-Falsch-456' });
    const [unknown, wrong] = await latest('user.sign-in-failed', 2);
    expect(wrong).toEqual({
      actorId: null,
      subjectType: 'User',
      subjectId: user.id,
      details: { email: 'fehlversuch@audit.example', reason: 'wrong-password' },
      requestId: 'signin-request-1',
    });
    expect(unknown).toMatchObject({ actorId: null, subjectType: 'User', subjectId: null, details: { email: 'niemand@audit.example', reason: 'unknown-email' } });
    const stored = await db.auditEvent.findMany({ select: { details: true } });
    expect(JSON.stringify(stored)).not.toMatch(/geheim-Falsch/);
  });

  it('records disabled, unconfirmed and throttled attempts with their reason', async () => {
    const disabled = await createTestUser({ role: 'OFFICER', email: 'gesperrt@audit.example' });
    await disableTestUser({ userId: disabled.id });
    expect(await authenticate({ email: disabled.email, password: PASSWORD })).toMatchObject({ ok: false });
    expect((await latest('user.sign-in-failed'))[0]).toMatchObject({ subjectId: disabled.id, details: { email: disabled.email, reason: 'disabled' } });

    const unconfirmed = await createTestUser({ role: 'OFFICER', email: 'unbestaetigt@audit.example' });
    await db.user.update({ where: { id: unconfirmed.id }, data: { emailConfirmedAt: null }, select: { id: true } });
    await authenticate({ email: unconfirmed.email, password: PASSWORD });
    expect((await latest('user.sign-in-failed'))[0]).toMatchObject({ subjectId: unconfirmed.id, details: { reason: 'unconfirmed' } });

    const throttled = await createTestUser({ role: 'OFFICER', email: 'gedrosselt@audit.example' });
    for (let i = 0; i < MAX_FAILED_ATTEMPTS; i++) await authenticate({ email: throttled.email, password: 'falsch' });
    expect(await authenticate({ email: throttled.email, password: 'falsch' })).toMatchObject({ reason: 'throttled' });
    const events = await latest('user.sign-in-failed', MAX_FAILED_ATTEMPTS + 1);
    expect(events.map((event) => (event.details as { reason: string }).reason)).toEqual(['throttled', ...Array(MAX_FAILED_ATTEMPTS).fill('wrong-password')]);
    expect(events.every((event) => event.subjectId === throttled.id)).toBe(true);
  });

  it('records a sign-in and a sign-out (next-auth event) with the request id', async () => {
    newRequest({ 'x-request-id': 'signout-request-1' });
    expect(await authenticate({ email: officer.email, password: DEMO_PASSWORD, code: await totpCode(DEMO_TOTP_SECRET) })).toMatchObject({ ok: true });
    await getAuthOptions().events!.signOut!({ token: { sub: officer.id }, session: null as never });
    expect((await latest('user.sign-in'))[0]).toMatchObject({ actorId: officer.id, subjectId: officer.id, requestId: 'signout-request-1' });
    expect((await latest('user.sign-out'))[0]).toEqual({ actorId: officer.id, subjectType: 'User', subjectId: officer.id, details: null, requestId: 'signout-request-1' });
  });

  it('records nothing for a sign-out without a readable session', async () => {
    const before = await db.auditEvent.count({ where: { action: 'user.sign-out' } });
    await getAuthOptions().events!.signOut!({ token: null as never, session: null as never });
    expect(await db.auditEvent.count({ where: { action: 'user.sign-out' } })).toBe(before);
  });
});

describe('append-only', () => {
  it('refuses UPDATE, DELETE and TRUNCATE, also in plain SQL', async () => {
    const event = await db.auditEvent.create({ data: { action: 'test.immutable', subjectType: 'Test', details: { a: 1 } }, select: { id: true } });
    await expect(db.auditEvent.update({ where: { id: event.id }, data: { action: 'changed' }, select: { id: true } })).rejects.toThrow(/append-only/);
    await expect(db.auditEvent.delete({ where: { id: event.id }, select: { id: true } })).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`UPDATE "AuditEvent" SET "details" = NULL WHERE "id" = ${event.id}`).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`DELETE FROM "AuditEvent" WHERE "action" = 'test.immutable'`).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe('TRUNCATE "AuditEvent"')).rejects.toThrow(/append-only/);
    expect(await db.auditEvent.findUnique({ where: { id: event.id }, select: { action: true, details: true } })).toEqual({ action: 'test.immutable', details: { a: 1 } });
  });
});

/**
 * Events at chosen times for the filter and paging tests: written directly (recordAuditEvent
 * stamps the present), under a subject type of their own so other tests' events stay out.
 */
async function insertEvents(rows: { at: Date; actorId?: string | null; action?: string; subjectId?: string; details?: object }[]) {
  await db.auditEvent.createMany({
    data: rows.map((row, index) => ({
      at: row.at,
      actorId: row.actorId ?? null,
      action: row.action ?? 'test.paged',
      subjectType: 'Paging',
      subjectId: row.subjectId ?? `p-${index}`,
      details: row.details,
    })),
  });
}

describe('viewer filters', () => {
  beforeAll(async () => {
    await insertEvents([
      // Around midnight in Berlin: 2026-03-14 23:30 CET is 22:30 UTC; 2026-03-15 00:10 CET is 23:10 UTC the day before.
      { at: new Date('2026-03-14T22:30:00Z'), actorId: applicant.id, action: 'test.filter-a', subjectId: 'subject-1' },
      { at: new Date('2026-03-14T23:10:00Z'), actorId: officer.id, action: 'test.filter-b', subjectId: 'subject-1' },
      { at: new Date('2026-03-15T22:59:59.999Z'), actorId: officer.id, action: 'test.filter-a', subjectId: 'subject-2' },
      { at: new Date('2026-03-15T23:00:00Z'), actorId: null, action: 'test.filter-b', subjectId: 'subject-2' },
      // Summer time (CEST, UTC+2): 2026-07-01 00:30 in Berlin is 2026-06-30 22:30 UTC.
      { at: new Date('2026-06-30T22:30:00Z'), actorId: applicant.id, action: 'test.filter-a', subjectId: 'subject-3' },
    ]);
  });

  const ids = async (query: Record<string, string>) => (await listAuditEvents({ query: { type: 'Paging', ...query } })).rows.map((row) => row.subjectId);

  it('knows where a Berlin day begins, in winter and summer time', () => {
    expect(startOfBerlinDay('2026-03-15').toISOString()).toBe('2026-03-14T23:00:00.000Z');
    expect(startOfBerlinDay('2026-07-01').toISOString()).toBe('2026-06-30T22:00:00.000Z');
    expect(startOfBerlinDay('2026-03-28', 1).toISOString()).toBe('2026-03-28T23:00:00.000Z'); // the night the clocks go forward
    expect(startOfBerlinDay('2026-03-29', 1).toISOString()).toBe('2026-03-29T22:00:00.000Z');
  });

  it('filters by action and offers every action and subject type there is', async () => {
    expect(await ids({ action: 'test.filter-b' })).toEqual(['subject-2', 'subject-1']);
    const options = await listAuditFilterOptions();
    expect(options.actions).toEqual(expect.arrayContaining(['test.filter-a', 'test.filter-b', 'user.sign-in-failed', 'settings.updated']));
    expect(options.actions).toEqual([...options.actions].sort());
    expect(options.subjectTypes).toEqual(expect.arrayContaining(['Paging', 'User', 'Setting']));
  });

  it('filters by actor: part of a name or address, or an exact address', async () => {
    const page = await listAuditEvents({ query: { type: 'Paging', actor: officer.email.toUpperCase() } });
    expect(page.rows.map((row) => row.subjectId)).toEqual(['subject-2', 'subject-1']);
    expect(page.rows[0]).toMatchObject({ actorId: officer.id, actorName: officer.name, actorEmail: officer.email });
    expect(page.actors).toEqual({ people: [{ id: officer.id, name: officer.name, email: officer.email }], more: false });
    expect(await ids({ actor: applicant.name.slice(2, 8) })).toEqual(['subject-3', 'subject-1']);
    const nobody = await listAuditEvents({ query: { actor: 'gibt-es-nicht-%_' } });
    expect(nobody).toMatchObject({ rows: [], actors: { people: [], more: false }, older: null, newer: null });
  });

  it('filters by subject, with or without its type', async () => {
    expect(await ids({ subject: 'subject-2' })).toEqual(['subject-2', 'subject-2']);
    const anyType = await listAuditEvents({ query: { subject: 'subject-1' } });
    expect(anyType.rows.map((row) => row.action)).toEqual(['test.filter-b', 'test.filter-a']);
    expect(await ids({ type: 'Setting', subject: 'subject-1' })).toEqual([]);
  });

  it('filters by Berlin days, both ends included', async () => {
    expect(await ids({ from: '2026-03-15', to: '2026-03-15' })).toEqual(['subject-2', 'subject-1']);
    expect(await ids({ to: '2026-03-14' })).toEqual(['subject-1']);
    expect(await ids({ from: '2026-03-16', to: '2026-06-30' })).toEqual(['subject-2']);
    expect(await ids({ from: '2026-07-01' })).toEqual(['subject-3']);
    expect(await ids({ from: 'gestern', to: '2026-02-30' })).toHaveLength(5);
  });
});

describe('keyset pagination', () => {
  const ROWS = 173;
  beforeAll(async () => {
    // Groups of equal timestamps, across page boundaries.
    const base = Date.parse('2025-01-10T08:00:00Z');
    await insertEvents(Array.from({ length: ROWS }, (_, n) => ({ at: new Date(base + Math.floor(n / 7) * 1000), action: 'test.keyset', subjectId: `k-${n}` })));
  });

  it('returns every row exactly once from newest to oldest, and the same pages back', async () => {
    const pages: Awaited<ReturnType<typeof listAuditEvents>>[] = [];
    let query: Record<string, string> = { action: 'test.keyset' };
    for (;;) {
      const page = await listAuditEvents({ query });
      pages.push(page);
      expect(page.newer === null).toBe(pages.length === 1);
      if (!page.older) break;
      expect(page.rows).toHaveLength(AUDIT_PAGE_SIZE);
      query = { action: 'test.keyset', before: page.older };
    }
    const seen = pages.flatMap((page) => page.rows.map((row) => row.id));
    expect(pages.map((page) => page.rows.length)).toEqual([50, 50, 50, 23]);
    expect(new Set(seen).size).toBe(ROWS);
    const all = await db.auditEvent.findMany({ where: { action: 'test.keyset' }, orderBy: [{ at: 'desc' }, { id: 'desc' }], select: { id: true } });
    expect(seen).toEqual(all.map((row) => row.id));

    // Back: „Neuere Einträge“ from the last page shows the third, then the second, then the first.
    let page = pages[3]!;
    for (const expected of [pages[2]!, pages[1]!, pages[0]!]) {
      page = await listAuditEvents({ query: { action: 'test.keyset', after: page.newer! } });
      expect(page.rows.map((row) => row.id)).toEqual(expected.rows.map((row) => row.id));
    }
    expect(page.newer).toBeNull();
    expect(page.paged).toBe(false);
  });

  it('ignores a malformed cursor', async () => {
    expect(decodeAuditCursor('abc')).toBeUndefined();
    expect(decodeAuditCursor("1_x' OR 1=1")).toBeUndefined();
    const page = await listAuditEvents({ query: { action: 'test.keyset', before: 'kaputt' } });
    expect(page.rows).toHaveLength(AUDIT_PAGE_SIZE);
    expect(page.newer).toBeNull();
  });
});


describe('CSV export (/api/admin/audit/export)', () => {
  const get = (query = '') => exportCsv(new Request(`http://portal.test/api/admin/audit/export${query}`));

  it('answers anonymous callers 401 and other roles 403, as JSON', async () => {
    signIn(null);
    expect((await get()).status).toBe(401);
    for (const user of [officer, applicant]) {
      signIn(user);
      const response = await get();
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({ ok: false, formError: 'forbidden' });
    }
  });

  it('streams UTF-8 with BOM, „;“ between cells, German headers, newest first, with the filters', async () => {
    const response = await get('?action=test.filter-b&type=Paging');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="protokoll-\d{8}-\d{4}\.csv"$/);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).split('\r\n');
    expect(lines[0]).toBe('Zeitpunkt;Name;E-Mail;Personen-ID;Aktion;Aktionscode;Objekttyp;Objekt-ID;Anfrage-ID;Details (JSON)');
    expect(lines.slice(1)).toEqual([
      '16.03.2026 00:00:00;System;;;test.filter-b;test.filter-b;Paging;subject-2;;',
      `15.03.2026 00:10:00;${officer.name};${officer.email};${officer.id};test.filter-b;test.filter-b;Paging;subject-1;;`,
      '',
    ]);
  });

  it('neutralises formulas and quotes what needs quoting', async () => {
    const attacker = await createTestUser({ role: 'OFFICER', email: 'formel@audit.example', name: 'Formel Fall', twoFactor: false });
    // Without two-factor sign-in the password alone signs in (an officer is then held at the set-up).
    // A name from before the person-name rule (ADR 024), which no form takes any more.
    await db.user.update({ where: { id: attacker.id }, data: { name: '=HYPERLINK("http://böse.example";"klick")' }, select: { id: true } });
    newRequest({ 'x-request-id': 'csv-request-1' });
    expect(await authenticate({ email: attacker.email, password: PASSWORD })).toMatchObject({ ok: true });
    await authenticate({ email: '@cmd|calc@audit.example', password: 'x' });
    signIn(admin);
    const text = await (await get(`?actor=${encodeURIComponent(attacker.email)}&action=user.sign-in`)).text();
    const [, row] = text.split('\r\n');
    expect(row).toBe(
      `${row!.split(';')[0]};"'=HYPERLINK(""http://böse.example"";""klick"")";formel@audit.example;${attacker.id};Angemeldet;user.sign-in;Benutzerkonto;${attacker.id};csv-request-1;`,
    );
    const failed = await (await get('?action=user.sign-in-failed')).text();
    expect(failed).toContain(';Anmeldung fehlgeschlagen;user.sign-in-failed;Benutzerkonto;;');
    expect(failed).toContain('"{""email"":""@cmd|calc@audit.example"",""reason"":""unknown-email""}"');
  });

  it('exports every matching row across its batches, and nothing for an actor nobody matches', async () => {
    const text = await (await get('?action=test.keyset')).text();
    const lines = text.split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(1 + 173);
    expect(new Set(lines.slice(1).map((line) => line.split(';')[7])).size).toBe(173);
    expect((await (await get('?actor=niemand-passt')).text()).split('\r\n').filter(Boolean)).toHaveLength(1);
  });
});
