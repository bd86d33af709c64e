import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readFile, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
  type PutObjectCommandInput,
} from '@aws-sdk/client-s3';
import { assertValidStorageKey, isValidStorageKey, StorageKeyExistsError, StorageKeyNotFoundError, type FileStorage, type StoredObject } from '@/lib/storage/file-storage';

export type S3FileStorageOptions = {
  bucket: string;
  /** The service's address; unset: AWS's own endpoint for the region. */
  endpoint?: string;
  region: string;
  /** Unset: the SDK's default credential chain (instance role, AWS_* variables). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** http://host/bucket/key instead of http://bucket.host/key (MinIO and most self-hosted services). */
  forcePathStyle: boolean;
  /** The local directory whose `.incoming` holds uploads while they are received and checked (STORAGE_DIR). */
  stagingRoot: string;
  /** Keys per ListObjectsV2 page (at most 1000, the service's maximum; smaller in tests). */
  listPageSize?: number;
};

/**
 * Evidence files in an S3-compatible bucket (AWS S3, MinIO, Ceph RGW, …), for several app
 * instances (ADR 032). Objects are stored under their UUID key at the bucket's top level.
 * - Integrity: every PUT carries the SHA-256 of the bytes (`x-amz-checksum-sha256`, the value
 *   the upload recorded in `EvidenceVersion.sha256`); a service that implements checksums
 *   refuses bytes that do not match (BadDigest) and echoes the value, which is compared too.
 *   A service that ignores the header stores without that check (the test server, s3rver).
 * - No overwrite: a HeadObject first (any service), then the PUT with `If-None-Match: *`
 *   (services with conditional writes refuse an existing key atomically; on one without, two
 *   writers of the same key between the check and the PUT would race — keys are random UUIDs
 *   made once, so that needs a bug elsewhere).
 * - The SDK computes no checksums of its own (`WHEN_REQUIRED`): its default CRC32 trailer
 *   (aws-chunked) is not understood by every S3-compatible service.
 * - Staging stays local (`STORAGE_DIR/.incoming`): the upload is received and checked on this
 *   machine, then streamed to the bucket once (`putFile`) and removed here.
 */
export function createS3FileStorage(options: S3FileStorageOptions): FileStorage {
  const { bucket } = options;
  const pageSize = Math.min(1000, Math.max(1, options.listPageSize ?? 1000));
  const client = new S3Client({
    region: options.region,
    endpoint: options.endpoint,
    forcePathStyle: options.forcePathStyle,
    credentials: options.credentials,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });

  async function exists(key: string): Promise<boolean> {
    try {
      await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  }

  async function putNew(key: string, body: PutObjectCommandInput['Body'], length: number, sha256Hex: string): Promise<void> {
    assertValidStorageKey(key);
    if (await exists(key)) throw new StorageKeyExistsError(key);
    const checksum = Buffer.from(sha256Hex, 'hex').toString('base64');
    try {
      const result = await client.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: key,
          Body: body,
          ContentLength: length,
          ContentType: 'application/octet-stream',
          ChecksumSHA256: checksum,
          IfNoneMatch: '*',
        }),
      );
      // A service that verified the checksum echoes it; anything else is a fault worth stopping for.
      if (result.ChecksumSHA256 && result.ChecksumSHA256 !== checksum) {
        throw new Error(`Storage object ${key}: the service stored a different SHA-256`);
      }
    } catch (error) {
      if (error instanceof S3ServiceException && (error.$metadata.httpStatusCode === 412 || error.name === 'PreconditionFailed')) {
        throw new StorageKeyExistsError(key);
      }
      throw error;
    }
  }

  async function getObject(key: string) {
    assertValidStorageKey(key);
    try {
      const result = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
      if (!result.Body) throw new StorageKeyNotFoundError(key);
      return result.Body;
    } catch (error) {
      if (isNotFound(error)) throw new StorageKeyNotFoundError(key);
      throw error;
    }
  }

  return {
    async put(key, bytes) {
      await putNew(key, bytes, bytes.byteLength, createHash('sha256').update(bytes).digest('hex'));
    },
    async putFile(key, sourcePath, { sha256 } = {}) {
      const { size } = await stat(sourcePath);
      // The upload hashed the file while receiving it; scripts and tests may leave that to us.
      const digest = sha256 ?? createHash('sha256').update(await readFile(sourcePath)).digest('hex');
      await putNew(key, createReadStream(sourcePath), size, digest);
      await unlink(sourcePath);
    },
    async read(key) {
      return (await getObject(key)).transformToWebStream() as ReadableStream<Uint8Array>;
    },
    async readBytes(key) {
      return (await getObject(key)).transformToByteArray();
    },
    async remove(key) {
      assertValidStorageKey(key);
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
    },
    async *list(): AsyncGenerator<StoredObject> {
      let ContinuationToken: string | undefined;
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, MaxKeys: pageSize, ContinuationToken }));
        for (const object of page.Contents ?? []) {
          if (object.Key && isValidStorageKey(object.Key) && object.LastModified) yield { key: object.Key, modifiedAt: object.LastModified };
        }
        ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (ContinuationToken);
    },
    async stagingDirectory() {
      const staging = path.join(path.resolve(options.stagingRoot), '.incoming');
      await mkdir(staging, { recursive: true, mode: 0o700 });
      return staging;
    },
  };
}

function isNotFound(error: unknown): boolean {
  // GetObject: NoSuchKey; HeadObject has no body, the SDK names its 404 NotFound.
  return error instanceof S3ServiceException && (error.name === 'NoSuchKey' || error.name === 'NotFound');
}
