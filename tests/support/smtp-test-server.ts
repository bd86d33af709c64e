import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/**
 * A real SMTP server on a free loopback port for a test file: every accepted message is kept in
 * `received` as plain text (quoted-printable soft line breaks and `=3D` decoded, so a long link
 * reads as one line). `acceptDelayMs` keeps each message waiting before it is accepted, like a slow
 * relay (the scale-out test: several workers must share the queue). Close it in `afterAll`.
 */
export async function startSmtpTestServer({ acceptDelayMs = 0 }: { acceptDelayMs?: number } = {}): Promise<{ url: string; received: string[]; close(): Promise<void> }> {
  const received: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      let message = '';
      stream.on('data', (chunk: Buffer) => (message += chunk.toString('utf8')));
      stream.on('end', () => {
        received.push(message.replace(/=\r\n/g, '').replace(/=3D/g, '='));
        if (acceptDelayMs > 0) setTimeout(() => callback(), acceptDelayMs);
        else callback();
      });
    },
  });
  server.listen(0, '127.0.0.1');
  await once(server.server, 'listening');
  return {
    url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
