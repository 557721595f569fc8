import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { getHeapStatistics } from "node:v8";
import { Worker } from "node:worker_threads";
import type { ReadResult } from "./reader.js";
import { APP_ROOT } from "../paths.js";
import { parseJob } from "./parse.js";
import type { FromWorker, ParseJob, ToWorker } from "./protocol.js";
import { ScanTurns } from "./turns.js";
import { crashed, overtime, stopped, tooBig } from "./failures.js";

export const WORKER_FILE = join(APP_ROOT, "dist", "parse-worker.js");

export interface PoolProgress {
  done: number;
  total: number;
  /** The file most recently started. */
  current: string | null;
}

/** The scan being recognised in a run: its file, its pages so far, and how to stop it alone. */
export interface ScanStatus {
  name: string;
  page: number;
  pages: number;
  /** Stops this recognition: the file reads as OCR_CANCELLED, the run goes on. */
  stop: () => void;
}

export interface RunOptions {
  signal?: AbortSignal;
  onProgress?: (p: PoolProgress) => void;
  /** A scan's progress, page by page; null once it is over. */
  onScan?: (s: ScanStatus | null) => void;
}

export interface Parsed {
  result: ReadResult;
  ms: number;
}

interface Batch {
  results: (Parsed | null)[];
  left: number;
  progress: PoolProgress;
  options: RunOptions;
  finish: () => void;
}

interface Task {
  job: ParseJob;
  index: number;
  batch: Batch;
  timer?: ReturnType<typeof setTimeout>;
  /** Set once the file turned out to be a scan. */
  scanning?: boolean;
}

/**
 * A file's parse is stopped after this long (a scan being recognised: after the longer one);
 * the input limits (shared/parse/limits.ts) keep a normal file far below it.
 */
export const JOB_DEADLINE_MS = 120_000;
export const OCR_JOB_DEADLINE_MS = 30 * 60_000;
/**
 * Each worker's heap limit is V8's own, derived from the machine's memory like this thread's: a
 * file that needs more fails alone (TOO_COMPLEX), the app goes on. Any `resourceLimits` given to
 * a worker made its parsing cost 15–20% more CPU (bench --batch, 2026-12), so none is given.
 */
export const WORKER_HEAP_MB = Math.round(getHeapStatistics().heap_size_limit / 1048576);

/**
 * Parses files in worker threads, as many as there are cores, so the event loop (the window's
 * IPC, the browser host) stays free. A job that finds a scan recognises it there, taking its
 * turn among scans (one at a time), with the longer deadline. A cancelled run stops its running
 * workers at once; its files not yet parsed come back as null. Without the worker bundle it
 * parses in this thread.
 */
export class ParsePool {
  readonly size: number;
  private readonly file: string | null;
  private idle: Worker[] = [];
  private busy = new Map<Worker, Task>();
  private queue: Task[] = [];
  private turns = new ScanTurns<Worker>((w) => this.post(w, { kind: "turn" }));

  private readonly deadline: { plain: number; ocr: number };

  constructor(
    options: {
      size?: number;
      workerFile?: string | null;
      deadlineMs?: number;
      ocrDeadlineMs?: number;
    } = {},
  ) {
    this.size = Math.max(1, options.size ?? availableParallelism());
    this.deadline = {
      plain: options.deadlineMs ?? JOB_DEADLINE_MS,
      ocr: options.ocrDeadlineMs ?? OCR_JOB_DEADLINE_MS,
    };
    const file = options.workerFile === undefined ? WORKER_FILE : options.workerFile;
    this.file = file && existsSync(file) ? file : null;
  }

  get threaded(): boolean {
    return this.file !== null;
  }

  run(jobs: readonly ParseJob[], options: RunOptions = {}): Promise<(Parsed | null)[]> {
    return new Promise((resolve) => {
      const batch: Batch = {
        results: jobs.map(() => null),
        left: jobs.length,
        progress: { done: 0, total: jobs.length, current: null },
        options,
        finish: () => resolve(batch.results),
      };
      if (!jobs.length || options.signal?.aborted) return batch.finish();
      options.signal?.addEventListener("abort", () => this.cancel(batch), { once: true });
      if (!this.file) return void this.inline(jobs, batch);
      jobs.forEach((job, index) => this.queue.push({ job, index, batch }));
      this.pump();
    });
  }

  async close(): Promise<void> {
    const all = [...this.idle, ...this.busy.keys()];
    this.idle = [];
    this.busy.clear();
    this.queue = [];
    this.turns = new ScanTurns<Worker>((w) => this.post(w, { kind: "turn" }));
    await Promise.all(all.map((w) => w.terminate()));
  }

  private async inline(jobs: readonly ParseJob[], batch: Batch) {
    for (const [index, job] of jobs.entries()) {
      if (batch.options.signal?.aborted) break;
      this.started(batch, job);
      const stop = new AbortController();
      const signal = AbortSignal.any([
        stop.signal,
        ...(batch.options.signal ? [batch.options.signal] : []),
      ]);
      const onScan = batch.options.onScan;
      let scanned = false;
      const onProgress = (p: { page: number; pages: number }) => {
        scanned = true;
        onScan?.({ name: job.name, ...p, stop: () => stop.abort() });
      };
      const parsed = await parseJob(job, { signal, onProgress });
      if (scanned) onScan?.(null);
      this.settle(batch, index, parsed);
    }
    if (batch.left > 0) batch.finish();
  }

  private started(batch: Batch, job: ParseJob) {
    batch.progress = { ...batch.progress, current: job.name };
    batch.options.onProgress?.(batch.progress);
  }

  private settle(batch: Batch, index: number, parsed: Parsed) {
    if (batch.options.signal?.aborted) return;
    batch.results[index] = parsed;
    batch.left--;
    batch.progress = { ...batch.progress, done: batch.progress.done + 1 };
    batch.options.onProgress?.(batch.progress);
    if (batch.left === 0) batch.finish();
  }

  private cancel(batch: Batch) {
    this.queue = this.queue.filter((t) => t.batch !== batch);
    for (const [w, t] of this.busy)
      if (t.batch === batch) {
        this.release(w, t);
        void w.terminate();
      }
    if (batch.left > 0) batch.finish();
    batch.left = 0;
    this.pump();
  }

  private pump() {
    while (this.queue.length) {
      const worker = this.idle.pop() ?? (this.count() < this.size ? this.spawn() : null);
      if (!worker) return;
      const task = this.queue.shift() as Task;
      this.busy.set(worker, task);
      worker.ref();
      this.started(task.batch, task.job);
      this.deadlineIn(worker, task, this.deadline.plain);
      this.post(worker, { kind: "job", id: task.index, job: task.job });
    }
  }

  private post(w: Worker, m: ToWorker) {
    w.postMessage(m);
  }

  private deadlineIn(w: Worker, task: Task, ms: number) {
    clearTimeout(task.timer);
    task.timer = setTimeout(() => this.expire(w, ms), ms);
  }

  private heard(w: Worker, m: FromWorker) {
    const task = this.busy.get(w);
    if (m.kind === "done") return this.done(w, { result: m.result, ms: m.ms });
    if (!task) return;
    if (m.kind === "turn") {
      task.scanning = true;
      this.deadlineIn(w, task, this.deadline.ocr);
      return this.turns.ask(w);
    }
    const stop = () => this.stopScan(w);
    task.batch.options.onScan?.({ name: task.job.name, page: m.page, pages: m.pages, stop });
  }

  /** A scan stopped by the inspector: its worker ends, the file is OCR_CANCELLED. */
  private stopScan(w: Worker) {
    const task = this.busy.get(w);
    if (!task) return;
    this.release(w, task);
    void w.terminate();
    this.settle(task.batch, task.index, stopped());
    this.pump();
  }

  /** A task leaves its worker: its timer, its scan turn and its scan status end with it. */
  private release(w: Worker, task: Task) {
    clearTimeout(task.timer);
    this.busy.delete(w);
    this.turns.leave(w);
    if (task.scanning) task.batch.options.onScan?.(null);
  }

  private count(): number {
    return this.idle.length + this.busy.size;
  }

  private spawn(): Worker {
    const w = new Worker(this.file as string);
    w.on("message", (m: FromWorker) => this.heard(w, m));
    w.on("error", (e) => this.lost(w, e.message));
    w.on("exit", (code) => this.lost(w, `退出码 ${code}`));
    return w;
  }

  /** A parse past its deadline: the worker is stopped, its file is TOO_COMPLEX. */
  private expire(w: Worker, ms: number) {
    const task = this.busy.get(w);
    if (!task) return;
    this.release(w, task);
    void w.terminate();
    this.settle(task.batch, task.index, overtime(ms));
    this.pump();
  }

  private done(w: Worker, parsed: Parsed) {
    const task = this.busy.get(w);
    if (!task) return;
    this.release(w, task);
    w.unref();
    this.idle.push(w);
    this.settle(task.batch, task.index, parsed);
    this.pump();
  }

  /** A worker that died (out of memory, a bug in a library): its file fails, a new one starts. */
  private lost(w: Worker, why: string) {
    this.idle = this.idle.filter((x) => x !== w);
    const task = this.busy.get(w);
    if (!task) return;
    this.release(w, task);
    this.settle(
      task.batch,
      task.index,
      /memory/i.test(why) ? tooBig(WORKER_HEAP_MB) : crashed(why),
    );
    this.pump();
  }
}

let shared: ParsePool | null = null;

/** The process's pool, started on first use. */
export function defaultPool(): ParsePool {
  return (shared ??= new ParsePool());
}
