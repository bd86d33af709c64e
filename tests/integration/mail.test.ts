import { once } from 'node:events';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { deliverMail } from '@/lib/mail/deliver-mail';
import { listMailLog } from '@/lib/mail/list-mail-log';
import { sendMail } from '@/lib/mail/send-mail';
import { splitLinks } from '@/lib/mail/split-links';

/** A minimal SMTP server: accepts every mail, or refuses recipients at `refuse@…`. */
function smtpServer(received: string[]): Server {
  return createServer((socket) => {
    let buffer = '';
    let data: string | null = null;
    socket.write('220 test.local ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      let end: number;
      while ((end = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (data !== null) {
          if (line === '.') {
            received.push(data);
            data = null;
            socket.write('250 2.0.0 queued\r\n');
          } else data += `${line}\n`;
          continue;
        }
        const command = line.slice(0, 4).toUpperCase();
        if (command === 'EHLO' || command === 'HELO') socket.write('250 test.local\r\n');
        else if (command === 'RCPT' && /refuse@/i.test(line)) socket.write('550 5.1.1 mailbox unavailable\r\n');
        else if (command === 'MAIL' || command === 'RCPT' || command === 'RSET' || command === 'NOOP') socket.write('250 OK\r\n');
        else if (command === 'DATA') {
          data = '';
          socket.write('354 go ahead\r\n');
        } else if (command === 'QUIT') {
          socket.end('221 bye\r\n');
        } else socket.write('502 not implemented\r\n');
      }
    });
  });
}

const received: string[] = [];
let server: Server;
let smtpUrl: string;

beforeAll(async () => {
  server = smtpServer(received).listen(0, '127.0.0.1');
  await once(server, 'listening');
  smtpUrl = `smtp://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.close();
});

describe('sendMail', () => {
  it('keeps the mail as QUEUED in the log when no SMTP server is configured', async () => {
    const mail = await sendMail({ to: 'log@example.org', subject: 'Nur im Protokoll', body: 'Hallo' });
    expect(await db.mail.findUniqueOrThrow({ where: { id: mail.id }, select: { status: true, attempts: true, sentAt: true } })).toEqual({
      status: 'QUEUED',
      attempts: 0,
      sentAt: null,
    });
  });

  it('writes the row inside the caller’s transaction: rolled back with it, delivered only after the commit', async () => {
    const failed = await db
      .$transaction(async (tx) => {
        await sendMail({ tx, to: 'rollback@example.org', subject: 'Nie', body: 'x' });
        throw new Error('step after the mail failed');
      })
      .catch((error: Error) => error.message);
    expect(failed).toBe('step after the mail failed');
    expect(await db.mail.count({ where: { to: 'rollback@example.org' } })).toBe(0);

    const queued = await db.$transaction((tx) => sendMail({ tx, to: 'commit@example.org', subject: 'Ja', body: 'y' }));
    expect(await db.mail.count({ where: { id: queued.id } })).toBe(1);
  });
});

describe('deliverMail through SMTP', () => {
  it('sends a plain-text mail and marks it SENT', async () => {
    const { id } = await db.mail.create({
      data: { to: 'empfang@example.org', subject: 'Bestätigung für Müller', body: 'Guten Tag,\n\nhttp://portal.test/register/confirm?token=abc\n' },
      select: { id: true },
    });
    await deliverMail({ id, settings: { smtpUrl, from: 'Portal <portal@example.org>' } });
    const row = await db.mail.findUniqueOrThrow({ where: { id }, select: { status: true, attempts: true, sentAt: true, lastError: true } });
    expect(row).toMatchObject({ status: 'SENT', attempts: 1, lastError: null });
    expect(row.sentAt).not.toBeNull();
    const message = received.at(-1)!;
    expect(message).toMatch(/^To: empfang@example\.org$/m);
    expect(message).toMatch(/^From: Portal <portal@example\.org>$/m);
    expect(message).toMatch(/^Content-Type: text\/plain; charset=utf-8$/m);
    expect(message).toContain('token=abc');

    // Delivering again sends nothing twice.
    const count = received.length;
    await deliverMail({ id, settings: { smtpUrl, from: 'portal@example.org' } });
    expect(received).toHaveLength(count);
  });

  it('records a refused mail as FAILED with the reason, keeps the row and does not throw', async () => {
    const { id } = await db.mail.create({ data: { to: 'refuse@example.org', subject: 'x', body: 'y' }, select: { id: true } });
    await expect(deliverMail({ id, settings: { smtpUrl, from: 'portal@example.org' } })).resolves.toMatchObject({ status: 'FAILED' });
    const row = await db.mail.findUniqueOrThrow({ where: { id }, select: { status: true, attempts: true, lastError: true, sentAt: true } });
    expect(row).toMatchObject({ status: 'FAILED', attempts: 1, sentAt: null });
    expect(row.lastError).toMatch(/550/);
    // Not given up: the outbox tries again after the backoff (tests/integration/mail-outbox.test.ts).
    expect((await db.mail.findUniqueOrThrow({ where: { id }, select: { nextAttemptAt: true } })).nextAttemptAt!.getTime()).toBeGreaterThan(Date.now());
  });

  it('records an unreachable server as FAILED', async () => {
    const closed = createServer().listen(0, '127.0.0.1');
    await once(closed, 'listening');
    const port = (closed.address() as AddressInfo).port;
    closed.close();
    await once(closed, 'close');
    const { id } = await db.mail.create({ data: { to: 'x@example.org', subject: 'x', body: 'y' }, select: { id: true } });
    await deliverMail({ id, settings: { smtpUrl: `smtp://127.0.0.1:${port}`, from: 'portal@example.org' } });
    const row = await db.mail.findUniqueOrThrow({ where: { id }, select: { status: true, attempts: true, lastError: true } });
    expect(row.status).toBe('FAILED');
    expect(row.attempts).toBe(1);
    expect(row.lastError).toMatch(/ECONNREFUSED/);
  });
});

describe('the mail log (/dev/mail data)', () => {
  it('lists the newest mail first', async () => {
    const older = await db.mail.create({ data: { to: 'a@example.org', subject: 'älter', body: 'x', createdAt: new Date('2030-01-01T10:00:00Z') }, select: { id: true } });
    const newer = await db.mail.create({ data: { to: 'b@example.org', subject: 'neuer', body: 'y', createdAt: new Date('2030-01-01T11:00:00Z') }, select: { id: true } });
    const log = await listMailLog();
    expect(log.slice(0, 2).map((m) => m.id)).toEqual([newer.id, older.id]);
    expect(log[0]).toMatchObject({ to: 'b@example.org', subject: 'neuer', body: 'y', status: 'QUEUED' });
    expect(await listMailLog({ limit: 1 })).toHaveLength(1);
  });

  it('splits a body into text and links, without trailing punctuation', () => {
    expect(splitLinks('Link:\n\nhttp://portal.test/register/confirm?token=a-b_c.\nEnde <script>')).toEqual([
      { kind: 'text', text: 'Link:\n\n' },
      { kind: 'link', href: 'http://portal.test/register/confirm?token=a-b_c' },
      { kind: 'text', text: '.\nEnde <script>' },
    ]);
    expect(splitLinks('kein Link')).toEqual([{ kind: 'text', text: 'kein Link' }]);
  });
});
