import path from 'node:path';
import { parseStorageEnv, type StorageEnv } from '@/lib/env';
import type { FileStorage } from '@/lib/storage/file-storage';
import { createLocalFileStorage } from '@/lib/storage/local-file-storage';
import { createS3FileStorage } from '@/lib/storage/s3-file-storage';

const cache = new Map<string, FileStorage>();

/**
 * The configured file storage (one per configuration and process): STORAGE_DRIVER `local` (the
 * directory STORAGE_DIR, default) or `s3` (an S3-compatible bucket, S3_* settings; ADR 032).
 * The settings are validated by lib/env.ts (`parseStorageEnv`), read here on their own so that
 * scripts and tests need no web server settings.
 */
export function getFileStorage(source: Record<string, string | undefined> = process.env): FileStorage {
  const env = parseStorageEnv(source);
  // A runtime directory, not a build input: the comment keeps Turbopack from tracing the whole project.
  const directory = path.resolve(/*turbopackIgnore: true*/ process.cwd(), env.STORAGE_DIR);
  const id = JSON.stringify(env.STORAGE_DRIVER === 'local' ? ['local', directory] : ['s3', directory, env.S3_BUCKET, env.S3_ENDPOINT, env.S3_REGION, env.S3_ACCESS_KEY_ID, env.S3_FORCE_PATH_STYLE]);
  let storage = cache.get(id);
  if (!storage) {
    storage = env.STORAGE_DRIVER === 'local' ? createLocalFileStorage({ directory }) : createS3FileStorage(s3Options(env, directory));
    cache.set(id, storage);
  }
  return storage;
}

function s3Options(env: StorageEnv, stagingRoot: string) {
  return {
    bucket: env.S3_BUCKET!,
    endpoint: env.S3_ENDPOINT,
    region: env.S3_REGION,
    credentials: env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY } : undefined,
    forcePathStyle: env.S3_FORCE_PATH_STYLE === '1',
    stagingRoot,
  };
}
