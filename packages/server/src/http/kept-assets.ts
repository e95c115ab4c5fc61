/**
 * The web app's hashed build assets (dist/assets/<name>-<hash>.<ext>) kept in memory once read, with their gzip
 * form: an asset's name changes with its content, so a kept copy is never stale. Read all at start (`warm`), so
 * that a page's code is answered at once, not after file-system callbacks that queue behind the embedded
 * database's work for the page's first API reads.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface StaticFile {
  path: string;
  body: Buffer;
  /** size:mtime, to know when a kept compressed copy is stale. */
  version: string;
}

export async function readIfFile(path: string): Promise<StaticFile | null> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return null;
    return { path, body: await readFile(path), version: `${info.size}:${info.mtimeMs}` };
  } catch {
    return null;
  }
}

export interface KeptAssets {
  /** The asset at this absolute path: from memory, else read (and kept) if it is a file; null if it is not. */
  read(path: string): Promise<StaticFile | null>;
  /** Reads every file of the assets folder into memory, each passed to `prepare` (e.g. to compress it). */
  warm(prepare: (file: StaticFile) => void): Promise<number>;
}

export function keptAssets(assetsDir: string): KeptAssets {
  const kept = new Map<string, StaticFile>();
  const read = async (path: string) => {
    const known = kept.get(path);
    if (known !== undefined) return known;
    const file = await readIfFile(path);
    if (file !== null) kept.set(path, file);
    return file;
  };
  return {
    read,
    async warm(prepare) {
      const names = await readdir(assetsDir).catch(() => [] as string[]);
      let count = 0;
      for (const name of names) {
        const file = await read(join(assetsDir, name));
        if (file === null) continue;
        prepare(file);
        count += 1;
      }
      return count;
    },
  };
}
