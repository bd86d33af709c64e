import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CreateBucketCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newStorageKey } from '@/lib/storage/file-storage';
import { getFileStorage } from '@/lib/storage/get-file-storage';
import { createLocalFileStorage } from '@/lib/storage/local-file-storage';
import { createS3FileStorage } from '@/lib/storage/s3-file-storage';
import { describeFileStorageContract } from '@/tests/support/file-storage-contract';
import { S3_TEST_CREDENTIALS, startS3TestServer, type S3TestServer } from '@/tests/support/s3-test-server';

const temporaryDirectory = () => mkdtempSync(path.join(tmpdir(), 'portal-storage-'));

describeFileStorageContract('local directory', async () => ({ storage: createLocalFileStorage({ directory: temporaryDirectory() }) }));

// One server; every test gets a new, empty bucket. Two keys a page, so listing pages.
let contractServer: S3TestServer | undefined;
let buckets = 0;
afterAll(async () => contractServer?.close());
describeFileStorageContract('S3 (s3rver)', async () => {
  contractServer ??= await startS3TestServer();
  const bucket = `contract-${++buckets}`;
  const options = { region: 'us-east-1', endpoint: contractServer.endpoint, forcePathStyle: true, credentials: S3_TEST_CREDENTIALS };
  await new S3Client(options).send(new CreateBucketCommand({ Bucket: bucket }));
  return { storage: createS3FileStorage({ ...options, bucket, stagingRoot: temporaryDirectory(), listPageSize: 2 }) };
});

describe('S3 driver: what it sends', () => {
  let server: S3TestServer;
  beforeAll(async () => {
    server = await startS3TestServer();
  });
  afterAll(async () => server.close());

  it('sends the SHA-256 for the service to check, and If-None-Match: * (no overwrite)', async () => {
    const storage = getFileStorage({ ...server.env, STORAGE_DIR: temporaryDirectory() });
    const bytes = new TextEncoder().encode('%PDF-1.4 Nachweis');
    const key = newStorageKey();
    await storage.put(key, bytes);
    const put = server.puts.find((request) => request.path.split('?')[0] === `/${server.bucket}/${key}`);
    expect(put?.headers['x-amz-checksum-sha256']).toBe(createHash('sha256').update(bytes).digest('base64'));
    expect(put?.headers['if-none-match']).toBe('*');
    // No checksum of the SDK's own (its CRC32 trailer needs aws-chunked, which not every service reads).
    expect(put?.headers['x-amz-trailer']).toBeUndefined();
    expect(put?.headers['content-length']).toBe(String(bytes.length));
    // Stored at the bucket's top level under the key.
    const client = new S3Client({ region: 'us-east-1', endpoint: server.endpoint, forcePathStyle: true, credentials: S3_TEST_CREDENTIALS });
    const listed = await client.send(new ListObjectsV2Command({ Bucket: server.bucket }));
    expect(listed.Contents?.map((object) => object.Key)).toEqual([key]);
  });

  it('keeps the staging directory local, under STORAGE_DIR', async () => {
    const directory = temporaryDirectory();
    expect(await getFileStorage({ ...server.env, STORAGE_DIR: directory }).stagingDirectory()).toBe(path.join(directory, '.incoming'));
  });

  it('refuses incomplete S3 settings', () => {
    expect(() => getFileStorage({ STORAGE_DRIVER: 's3' })).toThrow(/S3_BUCKET/);
    expect(() => getFileStorage({ ...server.env, S3_SECRET_ACCESS_KEY: '' })).toThrow(/S3_ACCESS_KEY_ID und S3_SECRET_ACCESS_KEY/);
    expect(() => getFileStorage({ ...server.env, S3_ENDPOINT: 'kein url' })).toThrow(/S3_ENDPOINT/);
  });
});
