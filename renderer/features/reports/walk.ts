import type { Picked } from "./files.js";

function readAll(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  // readEntries answers in pages (100 in Chromium): call until it returns none.
  return new Promise((resolve, reject) => {
    const all: FileSystemEntry[] = [];
    const next = () =>
      reader.readEntries((batch) => {
        if (!batch.length) return resolve(all);
        all.push(...batch);
        next();
      }, reject);
    next();
  });
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

async function walk(
  entry: FileSystemEntry,
  prefix: string,
  inFolder: boolean,
  out: Picked[],
): Promise<void> {
  const name = prefix ? `${prefix}/${entry.name}` : entry.name;
  if (entry.isFile) {
    const file = await fileOf(entry as FileSystemFileEntry).catch(() => null);
    if (file) out.push({ file, name, fromFolder: inFolder });
    return;
  }
  if (entry.isDirectory) {
    const children = await readAll((entry as FileSystemDirectoryEntry).createReader()).catch(
      () => [],
    );
    children.sort((a, b) => a.name.localeCompare(b.name, "zh-CN"));
    for (const c of children) await walk(c, name, true, out);
  }
}

/** Every file of a drop, descending into dropped folders. */
export async function droppedFiles(dt: DataTransfer): Promise<Picked[]> {
  // Entries must be taken synchronously, before the first await: the DataTransfer empties after.
  const entries = Array.from(dt.items)
    .filter((i) => i.kind === "file")
    .map((i) => i.webkitGetAsEntry?.() ?? null);
  const loose = Array.from(dt.files);
  const out: Picked[] = [];
  if (entries.every((e) => e === null))
    return loose.map((file) => ({ file, name: file.name, fromFolder: false }));
  for (const e of entries) if (e) await walk(e, "", false, out);
  return out;
}

/** Files of an <input type=file> (webkitRelativePath is set when a folder was chosen). */
export function inputFiles(list: FileList | null): Picked[] {
  return Array.from(list ?? []).map((file) => ({
    file,
    name: file.webkitRelativePath || file.name,
    fromFolder: Boolean(file.webkitRelativePath),
  }));
}
