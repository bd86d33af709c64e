import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import net from 'node:net';

export type ClamdVerdict = { infected: false } | { infected: true; signature: string };

/** clamd was configured but could not give a verdict (unreachable, timed out, an error reply). */
export class ClamdUnavailableError extends Error {
  constructor(reason: string) {
    super(`Virus scanner unavailable: ${reason}`);
    this.name = 'ClamdUnavailableError';
  }
}

/** `CLAMD_SOCKET`: a unix socket path (`/run/clamav/clamd.ctl`) or `tcp://host:port`. */
function connect(socket: string): net.Socket {
  const tcp = /^tcp:\/\/(?:\[([0-9a-fA-F:.]+)\]|([A-Za-z0-9.-]+)):(\d{1,5})$/.exec(socket);
  if (tcp) return net.connect({ host: tcp[1] ?? tcp[2], port: Number(tcp[3]) });
  return net.connect({ path: socket });
}

/**
 * Scans a file with ClamAV's daemon (clamd) over its INSTREAM protocol: `zINSTREAM\0`, the
 * file in chunks (each after its length as 4 bytes, big-endian), a zero length to end; clamd
 * answers `stream: OK` or `stream: <signature> FOUND`. Anything else — no connection, no answer
 * within `timeoutMs`, an error reply (e.g. clamd's StreamMaxLength exceeded) — throws
 * ClamdUnavailableError: the caller refuses the file (fail closed).
 */
export async function scanWithClamd({
  path,
  socket,
  timeoutMs = 30_000,
  chunkBytes = 64 * 1024,
}: {
  path: string;
  socket: string;
  timeoutMs?: number;
  chunkBytes?: number;
}): Promise<ClamdVerdict> {
  const connection = connect(socket);
  const timer = setTimeout(() => connection.destroy(new ClamdUnavailableError(`no answer within ${timeoutMs} ms`)), timeoutMs);
  try {
    const answer = new Promise<string>((resolve, reject) => {
      const chunks: Buffer[] = [];
      connection.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        if (chunk.includes(0)) resolve(Buffer.concat(chunks).toString('utf8'));
      });
      connection.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      connection.on('error', reject);
      connection.on('close', () => reject(new ClamdUnavailableError('connection closed')));
    });
    answer.catch(() => undefined);
    await Promise.race([once(connection, 'connect'), answer]);
    connection.write('zINSTREAM\0');
    for await (const chunk of createReadStream(path, { highWaterMark: chunkBytes }) as AsyncIterable<Buffer>) {
      const length = Buffer.alloc(4);
      length.writeUInt32BE(chunk.length);
      if (!connection.write(Buffer.concat([length, chunk]))) await Promise.race([once(connection, 'drain'), answer]);
    }
    connection.write(Buffer.alloc(4));
    const reply = (await answer).replace(/\0/g, '').trim();
    if (reply === 'stream: OK') return { infected: false };
    const found = /^stream: (.+) FOUND$/.exec(reply);
    if (found) return { infected: true, signature: found[1]! };
    throw new ClamdUnavailableError(`unexpected reply ${JSON.stringify(reply.slice(0, 200))}`);
  } catch (error) {
    if (error instanceof ClamdUnavailableError) throw error;
    throw new ClamdUnavailableError(error instanceof Error ? error.message : String(error));
  } finally {
    clearTimeout(timer);
    connection.destroy();
  }
}
