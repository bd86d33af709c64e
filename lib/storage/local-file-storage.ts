import { createReadStream } from 'node:fs';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { assertValidStorageKey, StorageKeyNotFoundError, type FileStorage } from '@/lib/storage/file-storage';

/**
 * Files in a local directory (STORAGE_DIR), outside the web root. Objects are spread over
 * 256 sub-directories by the key's first two characters. Keys are validated UUIDs, so a path
 * can never leave the directory.
 */
export function createLocalFileStorage({ directory }: { directory: string }): FileStorage {
  const root = path.resolve(directory);

  function pathOf(key: string): string {
    assertValidStorageKey(key);
    const file = path.join(root, key.slice(0, 2), key);
    if (path.dirname(path.dirname(file)) !== root) throw new Error('Invalid storage path');
    return file;
  }

  async function existingPathOf(key: string): Promise<string> {
    const file = pathOf(key);
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new StorageKeyNotFoundError(key);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new StorageKeyNotFoundError(key);
      throw error;
    }
    return file;
  }

  return {
    async put(key, bytes) {
      const file = pathOf(key);
      await mkdir(path.dirname(file), { recursive: true, mode: 0o750 });
      // 'wx': never overwrite an existing object.
      await writeFile(file, bytes, { flag: 'wx', mode: 0o640 });
    },
    async read(key) {
      const file = await existingPathOf(key);
      return Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>;
    },
    async readBytes(key) {
      const file = await existingPathOf(key);
      return new Uint8Array(await readFile(file));
    },
    async remove(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}
