/**
 * Scale-out (ADR 032, docs/operations.md): two production instances of the portal
 * (scripts/serve.ts, the production build) on two ports, one PostgreSQL database, one
 * S3-compatible bucket (s3rver) and one SMTP server — what a load balancer spreads a browser's
 * requests over. Proves that nothing an instance needs lives in its memory or on its disk:
 * sessions, evidence files, the sign-in throttle, the mail queue and the invalidation of cached
 * public pages are shared.
 * Needs a PostgreSQL server (TEST_DATABASE_URL): the embedded PGlite keeps one connection.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDraftVersion } from '@/lib/catalogue/create-draft-version';
import { getDraftStandard } from '@/lib/catalogue/get-draft-standard';
import { updateDraftStandard } from '@/lib/catalogue/update-draft-standard';
import { db, getDbPool } from '@/lib/db';
import { JOB_QUEUE_SCHEMA, setJobQueue } from '@/lib/jobs/job-queue';
import { requestMailDelivery } from '@/lib/mail/mail-outbox';
import { sendMail } from '@/lib/mail/send-mail';
import { seed } from '@/prisma/seed/seed';
import { DEMO_PASSWORD } from '@/prisma/seed/seed-demo';
import { ensureProductionBuild } from '@/scripts/lib/build-fingerprint';
import { serverActionId } from '@/scripts/lib/server-action-id';
import { minimalPdf } from '@/tests/support/evidence-files';
import { createTestProject, createTestUser, demoActors, PASSWORD } from '@/tests/support/factories';
import { BrowserBehindBalancer, freePort, startPortalInstance, type PortalInstance } from '@/tests/support/portal-instance';
import { startS3TestServer, type S3TestServer } from '@/tests/support/s3-test-server';
import { startSmtpTestServer } from '@/tests/support/smtp-test-server';
import { nextTotpCode } from '@/tests/support/two-factor';

const PUBLIC_ORIGIN = 'http://portal.test';
const MAILS = 24;

let s3: S3TestServer;
let smtp: Awaited<ReturnType<typeof startSmtpTestServer>>;
let a: PortalInstance;
let b: PortalInstance;
const stagingDirectories: string[] = [];

beforeAll(async () => {
  if (!process.env.TEST_DATABASE_URL) throw new Error('The scale-out test needs a PostgreSQL server: set TEST_DATABASE_URL (the embedded PGlite keeps one connection).');
  await seed({ demo: true });
  s3 = await startS3TestServer();
  // A slow relay (150 ms a message): the queue's mails stay long enough for both workers to take some.
  smtp = await startSmtpTestServer({ acceptDelayMs: 150 });
  const shared = {
    DATABASE_URL: process.env.DATABASE_URL!,
    AUTH_SECRET: process.env.AUTH_SECRET!,
    NEXTAUTH_URL: PUBLIC_ORIGIN,
    ALLOW_HTTP: '1',
    TRUSTED_PROXIES: 'loopback',
    SMTP_URL: smtp.url,
    DATABASE_POOL_MAX: '5',
    ...s3.env,
  };
  await ensureProductionBuild({ ...process.env, ...shared, NEXT_TELEMETRY_DISABLED: '1' }, (line) => console.log(`[scale] ${line}`));
  const instance = async (name: string) => {
    const staging = mkdtempSync(path.join(tmpdir(), `portal-${name}-`));
    stagingDirectories.push(staging);
    return startPortalInstance({ name, port: await freePort(), env: { ...shared, STORAGE_DIR: staging, MAIL_FROM: `Portal ${name} <${name}@portal.test>` } });
  };
  [a, b] = await Promise.all([instance('a'), instance('b')]);
}, 900_000);

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await Promise.all([s3?.close(), smtp?.close()]);
});

describe('two app instances, one database, one bucket', () => {
  it('a session made on one instance works on the other, and signing out on one ends it on both', async () => {
    const { officer } = await demoActors();
    const browser = new BrowserBehindBalancer(PUBLIC_ORIGIN, '198.51.100.10');
    expect(await browser.signIn(a, { email: officer.email, password: DEMO_PASSWORD })).toBe('code-required');
    expect(await browser.signIn(b, { email: officer.email, password: DEMO_PASSWORD, code: await nextTotpCode(officer.id) })).toBeNull();
    expect(await browser.whoAmI(a)).toBe('OFFICER');
    expect(await browser.whoAmI(b)).toBe('OFFICER');
    const copy = browser.copy();
    await browser.signOut(a);
    // The ended session is in PostgreSQL: a copy of its cookie is refused by the other instance too.
    expect(await copy.whoAmI(b)).toBeNull();
  });

  it('a file uploaded through one instance downloads through the other, byte for byte', async () => {
    const { applicant } = await demoActors();
    const project = await createTestProject({ actor: applicant });
    const browser = new BrowserBehindBalancer(PUBLIC_ORIGIN, '198.51.100.11');
    expect(await browser.signIn(b, { email: applicant.email, password: DEMO_PASSWORD })).toBeNull();
    const pdf = minimalPdf('Nachweis über zwei Instanzen');
    const form = new FormData();
    form.append('kind', 'FILE');
    form.append('standardKey', 'std-01');
    form.append('title', 'Konzept');
    form.append('file', new File([Buffer.from(pdf)], 'Konzept.pdf', { type: 'application/pdf' }));
    const uploaded = await browser.fetch(a, `/api/projects/${project.id}/evidence`, { method: 'POST', body: form });
    expect(uploaded.status).toBe(201);
    const { data } = (await uploaded.json()) as { data: { latest: { id: string; sha256: string } } };
    const sha256 = createHash('sha256').update(pdf).digest('hex');
    expect(data.latest.sha256).toBe(sha256);

    const downloaded = await browser.fetch(b, `/api/evidence/versions/${data.latest.id}`);
    expect(downloaded.status).toBe(200);
    const bytes = new Uint8Array(await downloaded.arrayBuffer());
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(sha256);
    // In the bucket, with the SHA-256 sent for the service to check; nothing left on either disk.
    const put = s3.puts.find((request) => request.headers['x-amz-checksum-sha256'] === Buffer.from(sha256, 'hex').toString('base64'));
    expect(put?.headers['if-none-match']).toBe('*');
    for (const staging of stagingDirectories) expect(readdirSync(staging, { recursive: true }).filter((entry) => entry !== '.incoming')).toEqual([]);
  });

  it('the sign-in throttle counts failures on both instances together', async () => {
    // Made directly (createUser), not registered: no confirmation mail for the instances' workers to race for.
    const { applicant } = await demoActors();
    const user = await createTestUser({ role: 'APPLICANT', organisationId: applicant.organisationId! });
    const attacker = new BrowserBehindBalancer(PUBLIC_ORIGIN, '203.0.113.66');
    // Five failures for one address from one source, alternating between the instances …
    for (const instance of [a, b, a, b, a]) expect(await attacker.signIn(instance, { email: user.email, password: 'falsch-Passwort-1' })).toBe('invalid');
    // … and that source waits, whichever instance it asks, even with the right password.
    expect(await attacker.signIn(b, { email: user.email, password: PASSWORD })).toMatch(/^throttled:\d+$/);
    expect(await attacker.signIn(a, { email: user.email, password: PASSWORD })).toMatch(/^throttled:\d+$/);
    // The owner, from their own address, is not locked out (per source, ADR 023).
    const owner = new BrowserBehindBalancer(PUBLIC_ORIGIN, '198.51.100.12');
    expect(await owner.signIn(b, { email: user.email, password: PASSWORD })).toBeNull();
  });

  it('a catalogue published through one instance is on the other\'s cached /standards at once', async () => {
    const { admin } = await demoActors();
    const visitor = new BrowserBehindBalancer(PUBLIC_ORIGIN, '198.51.100.13');
    const cacheAnswers: string[] = [];
    const shownVersion = async (instance: PortalInstance) => {
      const response = await visitor.fetch(instance, '/standards');
      expect(response.status).toBe(200);
      cacheAnswers.push(`${instance.name}:${response.headers.get('x-nextjs-cache')}`);
      return /data-testid="catalogue-version"[^>]*>(?:<[^>]+>)*Katalogversion (\d+)/.exec(await response.text())?.[1];
    };
    const published = await db.catalogueVersion.findFirst({ where: { status: 'PUBLISHED' }, orderBy: { number: 'desc' }, select: { number: true } });
    // Both instances have /standards in their cache (the second request is served from it).
    for (const instance of [a, b, a, b]) expect(await shownVersion(instance)).toBe(String(published!.number));
    expect(cacheAnswers.slice(2)).toEqual(['a:HIT', 'b:HIT']);

    const draft = await createDraftVersion({ actor: admin });
    const { standard } = await getDraftStandard({ versionId: draft.id, key: 'std-07' });
    const { key, lockVersion, text, objective, information, textEn, objectiveEn, informationEn } = standard;
    const changed = { key, expectedLockVersion: lockVersion, text: `${text} Neu gefasst.`, objective, information, textEn, objectiveEn, informationEn };
    await updateDraftStandard({ actor: admin, versionId: draft.id, input: changed });
    const browser = new BrowserBehindBalancer(PUBLIC_ORIGIN, '198.51.100.14');
    expect(await browser.signIn(a, { email: admin.email, password: DEMO_PASSWORD })).toBe('code-required');
    expect(await browser.signIn(a, { email: admin.email, password: DEMO_PASSWORD, code: await nextTotpCode(admin.id) })).toBeNull();
    // „Veröffentlichen“ as the browser sends it, to instance a.
    const publish = await browser.fetch(a, `/admin/catalogue/${draft.id}/diff`, {
      method: 'POST',
      headers: { 'next-action': serverActionId('publishAction'), 'content-type': 'text/plain;charset=UTF-8', accept: 'text/x-component' },
      body: JSON.stringify([draft.id, { changeNote: 'Über zwei Instanzen veröffentlicht' }]),
    });
    expect(publish.status).toBe(200);
    expect(await publish.text()).toContain(`"number":${draft.number}`);
    // The very next request to instance b, and to a, shows the new version.
    expect(await shownVersion(b)).toBe(String(draft.number));
    expect(await shownVersion(a)).toBe(String(draft.number));
  });

  it('the job queue on both instances sends every mail exactly once', async () => {
    const ids = await db.$transaction(async (tx) => {
      const stored = [];
      for (let i = 0; i < MAILS; i++) stored.push(await sendMail({ tx, to: `empfang-${i}@verein.example`, subject: `Skalierung ${i}`, body: `Mail ${i}` }));
      return stored.map((mail) => mail.id);
    });
    // Queued the way a request of either instance queues them: mail-deliver jobs in PostgreSQL.
    const producer = new PgBoss({ db: { executeSql: (text: string, values: unknown[]) => getDbPool().query(text, values) }, schema: JOB_QUEUE_SCHEMA, migrate: false, supervise: false, schedule: false });
    await producer.start();
    try {
      setJobQueue(producer);
      await requestMailDelivery({ mailIds: ids });
    } finally {
      setJobQueue(null);
      await producer.stop({ graceful: false, close: false, wait: true });
    }
    const deadline = Date.now() + 60_000;
    while ((await db.mail.count({ where: { id: { in: ids }, status: 'SENT' } })) < MAILS) {
      if (Date.now() > deadline) throw new Error(`Mails not sent within 60 s.\n--- a ---\n${a.output()}\n--- b ---\n${b.output()}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000)); // a duplicate would arrive now
    const subjects = smtp.received.map((message) => /^Subject: (Skalierung \d+)\r?$/m.exec(message)?.[1]).filter(Boolean);
    expect(subjects.sort()).toEqual(Array.from({ length: MAILS }, (_, i) => `Skalierung ${i}`).sort());
    const senders = smtp.received.filter((message) => /^Subject: Skalierung/m.test(message)).map((message) => /^From: .*<(\w+)@portal\.test>/m.exec(message)?.[1]);
    const byInstance = { a: senders.filter((sender) => sender === 'a').length, b: senders.filter((sender) => sender === 'b').length };
    console.log(`[scale] mails sent by instance a: ${byInstance.a}, by instance b: ${byInstance.b}`);
    expect(byInstance.a + byInstance.b).toBe(MAILS);
    expect(byInstance.a).toBeGreaterThan(0);
    expect(byInstance.b).toBeGreaterThan(0);
  });
});
