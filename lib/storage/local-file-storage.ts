import { constants, createReadStream } from 'node:fs';
import { chmod, copyFile, link, mkdir, readdir, readFile, rm, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { assertValidStorageKey, isValidStorageKey, StorageKeyExistsError, StorageKeyNotFoundError, type FileStorage, type StoredObject } from '@/lib/storage/file-storage';
import { storageWrite } from '@/lib/storage/storage-write-error';

/** The staging directory's name inside the storage directory (never a valid key prefix). */
const STAGING = '.incoming';

/**
 * Files in a local directory (STORAGE_DIR), outside the web root. Objects are spread over
 * 256 sub-directories by the key's first two characters. Keys are validated UUIDs, so a path
 * can never leave the directory. Uploads are streamed into `.incoming/` first (same file
 * system: storing them is a hard link, not a copy). A write the file system refuses (full,
 * read-only, no permission) throws a StorageWriteError (lib/storage/storage-write-error.ts).
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
      await storageWrite(async () => {
        await mkdir(path.dirname(file), { recursive: true, mode: 0o750 });
        try {
          // 'wx': never overwrite an existing object.
          await writeFile(file, bytes, { flag: 'wx', mode: 0o640 });
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new StorageKeyExistsError(key);
          // A partly written file (a full disk) is no object.
          await rm(file, { force: true });
          throw error;
        }
      });
    },
    async putFile(key, sourcePath) {
      const file = pathOf(key);
      await storageWrite(async () => {
        await mkdir(path.dirname(file), { recursive: true, mode: 0o750 });
        try {
          // A hard link fails when the key exists: never overwrite.
          await link(sourcePath, file);
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'EEXIST') throw new StorageKeyExistsError(key);
          if (code !== 'EXDEV') throw error;
          try {
            await copyFile(sourcePath, file, constants.COPYFILE_EXCL);
          } catch (copyError) {
            if ((copyError as NodeJS.ErrnoException).code === 'EEXIST') throw new StorageKeyExistsError(key);
            await rm(file, { force: true });
            throw copyError;
          }
        }
        await unlink(sourcePath);
        await chmod(file, 0o640);
        const now = new Date();
        await utimes(file, now, now);
      });
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
    async *list(): AsyncGenerator<StoredObject> {
      const shards = await readdir(root, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return [];
        throw error;
      });
      for (const shard of shards) {
        if (!shard.isDirectory() || !/^[0-9a-f]{2}$/.test(shard.name)) continue;
        for (const entry of await readdir(path.join(root, shard.name), { withFileTypes: true })) {
          if (!entry.isFile() || !isValidStorageKey(entry.name) || !entry.name.startsWith(shard.name)) continue;
          const info = await stat(path.join(root, shard.name, entry.name)).catch(() => null);
          if (info) yield { key: entry.name, modifiedAt: info.mtime };
        }
      }
    },
    async stagingDirectory() {
      const staging = path.join(root, STAGING);
      await storageWrite(() => mkdir(staging, { recursive: true, mode: 0o700 }));
      return staging;
    },
  };
}
