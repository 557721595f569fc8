import { randomBytes } from "node:crypto";
import { copyFile, link, open, readdir, rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

const TEMP = ".tmp-";

function tempName(path: string): string {
  return `${path}${TEMP}${process.pid}-${randomBytes(4).toString("hex")}`;
}

async function fsync(path: string): Promise<void> {
  const h = await open(path, "r");
  try {
    await h.sync();
  } finally {
    await h.close();
  }
}

async function fsyncDir(dir: string): Promise<void> {
  // Best effort: Windows cannot open a directory, and its renames are durable without this.
  await fsync(dir).catch(() => undefined);
}

/** rename() with retries: on Windows a virus scanner or indexer briefly holding the file gives EPERM/EBUSY. */
async function renameRetrying(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await rename(from, to);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (attempt >= 5 || !["EPERM", "EACCES", "EBUSY"].includes(code ?? "")) throw e;
      await new Promise((r) => setTimeout(r, 20 * 2 ** attempt));
    }
  }
}

/** A second name for the current file's content (a hard link, or a copy); null when there is none. */
async function holdCurrent(path: string, temps: string[]): Promise<string | null> {
  const tmp = tempName(`${path}.bak`);
  temps.push(tmp);
  try {
    await link(path, tmp);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
    // No hard links (FAT-formatted USB disks): copy instead.
    await copyFile(path, tmp);
    await fsync(tmp);
  }
  return tmp;
}

/**
 * Replaces `path` by `bytes` so that a crash at any moment leaves the old or the new file,
 * complete, and `<path>.bak` always an earlier version than `path` (the one before it, or after
 * a crash between the two renames the one before that).
 */
export async function replaceAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const tmp = tempName(path);
  const temps = [tmp];
  try {
    const h = await open(tmp, "wx");
    try {
      await h.writeFile(bytes);
      await h.sync();
    } finally {
      await h.close();
    }
    const previous = await holdCurrent(path, temps);
    await renameRetrying(tmp, path);
    if (previous) await renameRetrying(previous, `${path}.bak`);
    await fsyncDir(dirname(path));
  } finally {
    await Promise.all(temps.map((t) => unlink(t).catch(() => undefined)));
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Removes the temporary files that writers killed mid-save left beside `path`. */
export async function removeStaleTemps(path: string): Promise<void> {
  const names = await readdir(dirname(path)).catch(() => [] as string[]);
  const stale = names.filter((n) => {
    const m = /^(?:\.bak)?\.tmp-(\d+)-[0-9a-f]+$/.exec(n.slice(basename(path).length));
    return (
      n.startsWith(basename(path)) && m && Number(m[1]) !== process.pid && !alive(Number(m[1]))
    );
  });
  await Promise.all(stale.map((n) => unlink(join(dirname(path), n)).catch(() => undefined)));
}
