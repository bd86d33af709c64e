/**
 * A real S3-protocol server for the tests: s3rver (the maintained fork @20minutes/s3rver) in a
 * process of its own (tests/support/s3-test-server-process.mjs), on 127.0.0.1, objects in a
 * temporary directory, one bucket. It speaks S3's REST protocol (path-style), with ListObjectsV2
 * paging, but it neither verifies `x-amz-checksum-sha256` nor honours `If-None-Match` on a PUT,
 * and it does not enforce signatures (ADR 032): it reports the headers of every PUT so a test
 * can check what the driver sent.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import type { IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';

export const S3_TEST_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

export type S3TestServer = {
  endpoint: string;
  bucket: string;
  /** The settings lib/env.ts reads, for a portal process that stores into this server. */
  env: Record<string, string>;
  /** Path and headers of every PUT received, in order. */
  puts: { path: string; headers: IncomingHttpHeaders }[];
  close(): Promise<void>;
};

export async function startS3TestServer({ port = 0, bucket = 'portal-evidence' }: { port?: number; bucket?: string } = {}): Promise<S3TestServer> {
  const directory = await mkdtemp(path.join(tmpdir(), 'portal-s3-'));
  const child = spawn(process.execPath, ['--openssl-legacy-provider', path.join(import.meta.dirname, 's3-test-server-process.mjs')], {
    env: { ...process.env, S3_TEST_PORT: String(port), S3_TEST_BUCKET: bucket, S3_TEST_DIRECTORY: directory },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const puts: S3TestServer['puts'] = [];
  const listening = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`The S3 test server ended (${code}) before it listened`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const message = JSON.parse(line) as { listening?: number; put?: S3TestServer['puts'][number] };
      if (message.listening) resolve(message.listening);
      if (message.put) puts.push(message.put);
    });
  });
  const endpoint = `http://127.0.0.1:${listening}`;
  return {
    endpoint,
    bucket,
    puts,
    env: {
      STORAGE_DRIVER: 's3',
      S3_BUCKET: bucket,
      S3_ENDPOINT: endpoint,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: S3_TEST_CREDENTIALS.accessKeyId,
      S3_SECRET_ACCESS_KEY: S3_TEST_CREDENTIALS.secretAccessKey,
      S3_FORCE_PATH_STYLE: '1',
    },
    async close() {
      child.kill('SIGTERM');
      await exited;
      await rm(directory, { recursive: true, force: true });
    },
  };
}
