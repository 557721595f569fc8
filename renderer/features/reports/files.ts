import type { ImportOutcome } from "../../../shared/ipc/contract.js";
import { ignoredName, passedOver } from "../../../shared/model/outcome.js";

/** A file the inspector picked or dropped, with where it came from. */
export interface Picked {
  file: File;
  /** The name shown in outcomes: the path inside a dropped folder, else the file name. */
  name: string;
  fromFolder: boolean;
}

/**
 * Upload batches stay far below the host's 200 MB request limit (base64 adds a third): Chromium
 * hands a request body to the network in the page's thread, about 0.1–0.3 s per MB measured on
 * a busy 2-core machine, so a 48 MB batch of scans froze the page for seconds.
 */
export const BATCH_BYTES = 2 * 1024 * 1024;
export const BATCH_FILES = 20;

/**
 * Files in a folder that cannot be a report are skipped here (listed, never sent); hidden and
 * Office lock files are left out silently. Files picked one by one always go to the host.
 */
export function triage(picked: readonly Picked[]): { send: Picked[]; skipped: ImportOutcome[] } {
  const send: Picked[] = [];
  const skipped: ImportOutcome[] = [];
  for (const p of picked) {
    if (p.fromFolder && ignoredName(p.name)) continue;
    const passed = passedOver(p.name, p.fromFolder);
    if (passed) skipped.push(passed);
    else send.push(p);
  }
  return { send, skipped };
}

/** Groups files into upload batches by count and size, keeping their order. */
export function planBatches<T>(
  items: readonly T[],
  size: (t: T) => number,
  maxBytes = BATCH_BYTES,
  maxFiles = BATCH_FILES,
): T[][] {
  const out: T[][] = [];
  let cur: T[] = [];
  let bytes = 0;
  for (const it of items) {
    const n = size(it);
    if (cur.length && (cur.length >= maxFiles || bytes + n > maxBytes)) {
      out.push(cur);
      cur = [];
      bytes = 0;
    }
    cur.push(it);
    bytes += n;
  }
  if (cur.length) out.push(cur);
  return out;
}

/** Bytes → base64 in chunks (String.fromCharCode over a whole file would overflow the stack). */
export function bytesToBase64(bytes: Uint8Array): string {
  let s = "";
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK)
    s += String.fromCharCode(...bytes.subarray(i, Math.min(i + CHUNK, bytes.length)));
  return btoa(s);
}

/** The browser's FileReader, as far as it is used here (this file is also type-checked for Node). */
interface DataUrlReader {
  result: unknown;
  error: unknown;
  onload: (() => void) | null;
  onerror: (() => void) | null;
  readAsDataURL(b: Blob): void;
}

/**
 * A file's bytes as base64, encoded by the browser off the page's thread (readAsDataURL): encoding
 * 200 reports in script kept the page from answering for seconds.
 */
export function fileToBase64(file: Blob): Promise<string> {
  const Reader = (globalThis as unknown as { FileReader?: new () => DataUrlReader }).FileReader;
  if (!Reader) return file.arrayBuffer().then((b) => bytesToBase64(new Uint8Array(b)));
  return new Promise((resolve, reject) => {
    const reader = new Reader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(",") + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error("read failed"));
    reader.readAsDataURL(file);
  });
}
