import path from 'node:path';
import { z } from 'zod';
import type { FileStorage } from '@/lib/storage/file-storage';
import { createLocalFileStorage } from '@/lib/storage/local-file-storage';

/**
 * The storage settings (a subset of lib/env.ts, read here on their own so that scripts and
 * tests need no web server settings). An S3-compatible driver would add `STORAGE_DRIVER=s3`
 * and its settings here and one more case below; callers do not change.
 */
const storageEnvSchema = z.object({
  STORAGE_DRIVER: z.enum(['local']).default('local'),
  STORAGE_DIR: z.string().min(1).default('data/uploads'),
});

const cache = new Map<string, FileStorage>();

/** The configured file storage (one per configuration and process). */
export function getFileStorage(source: Record<string, string | undefined> = process.env): FileStorage {
  const env = storageEnvSchema.parse({ STORAGE_DRIVER: source.STORAGE_DRIVER || undefined, STORAGE_DIR: source.STORAGE_DIR || undefined });
  switch (env.STORAGE_DRIVER) {
    case 'local': {
      // A runtime directory, not a build input: the comment keeps Turbopack from tracing the whole project.
      const directory = path.resolve(/*turbopackIgnore: true*/ process.cwd(), env.STORAGE_DIR);
      let storage = cache.get(directory);
      if (!storage) {
        storage = createLocalFileStorage({ directory });
        cache.set(directory, storage);
      }
      return storage;
    }
  }
}
