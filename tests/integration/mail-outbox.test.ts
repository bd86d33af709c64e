/**
 * The mail outbox (ADR 015): pg-boss on the test database sends what notify() stored, a mail
 * whose SMTP server refuses is tried again later with backoff and then sent, a mail whose job
 * was never queued is found by the sweep, and the last failed attempt gives up.
 */
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { startJobWorker, stopJobWorker } from '@/lib/jobs/start-job-worker';
import { deliverMail } from '@/lib/mail/deliver-mail';
import { sweepMailOutbox } from '@/lib/mail/mail-outbox';
import { sendMail } from '@/lib/mail/send-mail';
import { notify } from '@/lib/notifications/notify';
import { seed } from '@/prisma/seed/seed';
import { createOrganisation, createSubmittedRevision, createTestProject, demoActors, type TestUser } from '@/tests/support/factories';

/** A real SMTP server on a free port: refuses recipients (451, try later) while `refusing`. */
let refusing = true;
const received: string[] = [];
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onRcptTo(_address, _session, callback) {
    if (refusing) callback(Object.assign(new Error('mailbox busy, try later'), { responseCode: 451 }));
    else callback();
  },
  onData(stream, _session, callback) {
    let message = '';
    stream.on('data', (chunk: Buffer) => (message += chunk.toString('utf8')));
    stream.on('end', () => {
      received.push(message);
      callback();
    });
  },
});

let settings: { smtpUrl: string; from: string };
let applicant: TestUser;
let officer: TestUser;
let project: { id: string; title: string };
let assessmentId: string;

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > end) throw new Error(`timed out; last value ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const mailRow = (id: string) =>
  db.mail.findUniqueOrThrow({ where: { id }, select: { status: true, attempts: true, lastError: true, nextAttemptAt: true, sentAt: true } });

beforeAll(async () => {
  server.listen(0, '127.0.0.1');
  await once(server.server, 'listening');
  settings = { smtpUrl: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`, from: 'Portal <portal@example.org>' };
  await seed({ demo: true });
  ({ officer } = await demoActors());
  ({ applicant } = await createOrganisation({ name: 'Träger Postausgang', applicantName: 'Olga Outbox' }));
  project = await createTestProject({ actor: applicant, input: { title: 'Projekt Postausgang' } });
  await createSubmittedRevision({ actor: applicant, projectId: project.id });
  ({ id: assessmentId } = await db.assessment.findUniqueOrThrow({ where: { projectId: project.id }, select: { id: true } }));
  await startJobWorker({ mailSettings: settings, mailRetryBaseMs: 1_000, pollingIntervalSeconds: 0.5 });
});

afterAll(async () => {
  await stopJobWorker();
  server.close();
});

describe('the outbox', () => {
  it('retries a mail the SMTP server refused, with backoff, and sends it once the server accepts', async () => {
    refusing = true;
    const before = new Date();
    await db.$transaction((tx) =>
      notify({
        tx,
        kind: 'DECISION_MADE',
        recipientIds: [applicant.id],
        actorId: officer.id,
        assessmentId,
        data: { projectId: project.id, projectTitle: project.title, revisionNumber: 1, decisionKind: 'ACCEPTED' },
      }),
    );
    const { id } = await db.mail.findFirstOrThrow({ where: { to: applicant.email, createdAt: { gte: before } }, select: { id: true } });

    const first = await until(() => mailRow(id), (row) => row.attempts >= 1);
    expect(first.status).toBe('FAILED');
    expect(first.lastError).toMatch(/451/);
    expect(first.nextAttemptAt).not.toBeNull();
    const second = await until(() => mailRow(id), (row) => row.attempts >= 2);
    expect(second.status).toBe('FAILED');
    // The wait doubles: the third attempt is due about two base delays after the second.
    expect(second.nextAttemptAt!.getTime() - Date.now()).toBeGreaterThan(1_000);

    refusing = false;
    const sent = await until(() => mailRow(id), (row) => row.status === 'SENT');
    expect(sent).toMatchObject({ attempts: 3, lastError: null, nextAttemptAt: null });
    const message = received.find((text) => text.includes('Projekt Postausgang'))!;
    expect(message).toContain(`To: ${applicant.email}`);
    expect(message).toContain(`/projects/${project.id}/assessment`);
  });

  it('finds a committed mail whose job was never queued (the sweep) and sends it', async () => {
    refusing = false;
    // Stored in a transaction, but the process "died" before deliver(): no job exists.
    const mail = await db.$transaction((tx) => sendMail({ tx, to: 'verloren@example.org', subject: 'Nachzügler', body: 'Hallo' }));
    expect(await sweepMailOutbox({ settings })).toBeGreaterThanOrEqual(1);
    expect(await until(() => mailRow(mail.id), (row) => row.status === 'SENT')).toMatchObject({ attempts: 1 });
  });

  it('gives up after the last attempt and leaves the mail alone after that', async () => {
    const { id } = await db.mail.create({ data: { to: 'zuletzt@example.org', subject: 'x', body: 'y' }, select: { id: true } });
    refusing = true;
    await stopJobWorker();
    const outcome = await deliverMail({ id, settings, maxAttempts: 1 });
    expect(outcome).toEqual({ status: 'FAILED', nextAttemptAt: null });
    expect(await mailRow(id)).toMatchObject({ status: 'FAILED', attempts: 1, nextAttemptAt: null });
    expect(await deliverMail({ id, settings })).toEqual({ status: 'SKIPPED' });
  });
});
