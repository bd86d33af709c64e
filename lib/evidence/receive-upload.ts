import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeWebReadableStream } from 'node:stream/web';
import Busboy from '@fastify/busboy';
import { DomainError } from '@/lib/errors';
import { MAX_EVIDENCE_FILE_BYTES, MAX_EVIDENCE_REQUEST_BYTES } from '@/lib/evidence/evidence-rules';
import { errnoCode, StorageWriteError } from '@/lib/storage/storage-write-error';

/** An uploaded file, streamed to a local file: where it is, its size and SHA-256, and the name the uploader's computer gave it. */
export type StagedFile = { path: string; fileName: string; size: number; sha256: string };

export type ReceivedUpload = {
  /** The text fields (the first value of each name). */
  fields: Record<string, string>;
  /** The part named `file` with a file name, or null. */
  file: StagedFile | null;
  /** Removes the staged file unless it has been stored (call it in `finally`). */
  discard(): Promise<void>;
};

const tooLarge = () => new DomainError('fileTooLarge', 'Request too large', { file: ['fileTooLarge'] });
const malformed = () => new DomainError('invalidRequest', 'Malformed multipart body');

/**
 * Reads a multipart upload without holding it in memory: the body is streamed through a
 * multipart parser (@fastify/busboy) and the part `file` straight into a new file in
 * `stagingDirectory`, hashed (SHA-256) and counted on the way. Refuses early when
 * Content-Length announces more than `maxRequestBytes`, and stops writing as soon as the file
 * passes `maxFileBytes` or the body passes `maxRequestBytes` (a missing or false length cannot
 * smuggle more in); the rest of such a body is read and dropped, up to twice the limit, so the
 * client gets its answer. A refused or broken upload leaves no staged file behind. A staged file
 * the disk refuses (full, read-only) refuses the upload with a StorageWriteError (`storageFull`
 * / `storageUnavailable`, ADR 033). At most one file, 20 fields of 8 KB.
 */
export async function receiveUpload({
  request,
  stagingDirectory,
  maxFileBytes = MAX_EVIDENCE_FILE_BYTES,
  maxRequestBytes = MAX_EVIDENCE_REQUEST_BYTES,
}: {
  request: Request;
  stagingDirectory: string;
  maxFileBytes?: number;
  maxRequestBytes?: number;
}): Promise<ReceivedUpload> {
  const contentType = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data;/i.test(contentType)) throw new DomainError('notMultipart', 'Expected multipart/form-data');
  const announced = Number(request.headers.get('content-length'));
  if (Number.isFinite(announced) && announced > maxRequestBytes) throw tooLarge();
  if (!request.body) throw new DomainError('invalidRequest', 'Empty request');

  const fields: Record<string, string> = {};
  const stagedPaths: string[] = [];
  const writes: Promise<void>[] = [];
  const fileStreams: Readable[] = [];
  let file: StagedFile | null = null;
  const discard = async () => {
    await Promise.all(stagedPaths.map((staged) => rm(staged, { force: true })));
  };

  // The first refusal wins: the staged file is dropped, nothing more reaches the parser. The rest
  // of the body is still read and thrown away (up to twice the limit): a client that is still
  // sending would not read an early answer, and Next's request stream cannot be cancelled
  // without dropping the connection.
  let refusal: DomainError | null = null;
  let waitingWrite: (() => void) | null = null;
  let signalRefusal = () => {};
  const refused = new Promise<void>((resolve) => (signalRefusal = resolve));
  const refuse = (error: DomainError) => {
    if (refusal) return;
    refusal = error;
    signalRefusal();
    for (const stream of fileStreams) stream.destroy();
    waitingWrite?.();
    waitingWrite = null;
  };

  let parser: Writable;
  try {
    parser = Busboy({
      headers: { 'content-type': contentType },
      limits: { fileSize: maxFileBytes, files: 1, fields: 20, fieldSize: 8 * 1024, parts: 21, headerPairs: 20 },
    });
  } catch {
    throw malformed();
  }
  const parsed = new Promise<void>((resolve) => parser.on('finish', resolve));
  parser.on('error', () => refuse(malformed()));
  parser.on('field', (name: string, value: string, _nameTruncated: boolean, valueTruncated: boolean) => {
    if (valueTruncated) return refuse(malformed());
    if (!(name in fields)) fields[name] = value;
  });
  for (const limit of ['filesLimit', 'fieldsLimit', 'partsLimit']) parser.on(limit, () => refuse(malformed()));
  parser.on('file', (name: string, stream: Readable & { truncated?: boolean }, fileName: string) => {
    if (refusal || name !== 'file' || !fileName || stagedPaths.length > 0) {
      stream.resume();
      return;
    }
    fileStreams.push(stream);
    const target = path.join(stagingDirectory, randomUUID());
    stagedPaths.push(target);
    const hash = createHash('sha256');
    let size = 0;
    stream.on('limit', () => refuse(tooLarge()));
    const hashing = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        hash.update(chunk);
        size += chunk.length;
        callback(null, chunk);
      },
    });
    const write = pipeline(stream, hashing, createWriteStream(target, { flags: 'wx', mode: 0o640 })).then(() => {
      if (!stream.truncated) file = { path: target, fileName, size, sha256: hash.digest('hex') };
    });
    write.catch((error: unknown) => {
      // The disk refused the staged file: the upload is refused, never reported as malformed.
      if (errnoCode(error)) {
        console.error(`[storage] staging an upload failed: ${(error as Error).message}`);
        refuse(new StorageWriteError(error));
      }
    });
    writes.push(write);
  });

  // Every byte of the body passes here: counted, then handed to the parser (with its
  // backpressure) until a refusal, dropped after it.
  let received = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      received += chunk.length;
      if (received > maxRequestBytes) refuse(tooLarge());
      if (received > 2 * maxRequestBytes) return callback(refusal);
      if (refusal) return callback();
      if (parser.write(chunk)) return callback();
      waitingWrite = () => callback();
      parser.once('drain', () => {
        const next = waitingWrite;
        waitingWrite = null;
        next?.();
      });
    },
    final(callback) {
      if (!refusal) parser.end();
      callback();
    },
  });

  let failure: unknown = null;
  try {
    await pipeline(Readable.fromWeb(request.body as NodeWebReadableStream<Uint8Array>), sink);
    await Promise.race([parsed, refused]);
    if (!refusal) await Promise.all(writes);
  } catch (error) {
    failure = error;
  }
  if (refusal || failure) {
    parser.destroy();
    for (const stream of fileStreams) stream.destroy();
    await Promise.allSettled(writes);
    await discard();
    if (refusal) throw refusal;
    throw malformed();
  }
  return { fields, file, discard };
}
