import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { readError } from "../../../shared/model/errors.js";
import type { ReadResult } from "../services/reader.js";
import { APP_ROOT } from "../paths.js";
import { parseJob } from "./parse.js";
import type { ParseJob, ParseReply } from "./protocol.js";

export const WORKER_FILE = join(APP_ROOT, "dist", "parse-worker.js");

export interface PoolProgress {
  done: number;
  total: number;
  /** The file most recently started. */
  current: string | null;
}

export interface RunOptions {
  signal?: AbortSignal;
  onProgress?: (p: PoolProgress) => void;
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
}

/**
 * A file's parse is stopped after this long (a scan being recognised: after the longer one);
 * the input limits (shared/parse/limits.ts) keep a normal file far below it.
 */
export const JOB_DEADLINE_MS = 120_000;
export const OCR_JOB_DEADLINE_MS = 30 * 60_000;
/** Each worker's heap: a file that needs more fails alone (TOO_COMPLEX), the app goes on. */
export const WORKER_HEAP_MB = 768;

const overtime = (ms: number): Parsed => ({
  result: { ok: false, error: readError("TOO_COMPLEX", `读取超过 ${ms / 1000} 秒，已停止`) },
  ms,
});

const tooBig = (): Parsed => ({
  result: { ok: false, error: readError("TOO_COMPLEX", `解析所需内存超过 ${WORKER_HEAP_MB} MB`) },
  ms: 0,
});

const crashed = (why: string): Parsed => ({
  result: { ok: false, error: readError("READ_FAILED", `解析进程异常退出（${why}）`) },
  ms: 0,
});

/**
 * Parses files in worker threads, as many as there are cores, so the event loop (the window's
 * IPC, the browser host) stays free. A cancelled run stops its running workers at once; its
 * files not yet parsed come back as null. Without the worker bundle it parses in this thread.
 */
export class ParsePool {
  readonly size: number;
  private readonly file: string | null;
  private idle: Worker[] = [];
  private busy = new Map<Worker, Task>();
  private queue: Task[] = [];

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
    await Promise.all(all.map((w) => w.terminate()));
  }

  private async inline(jobs: readonly ParseJob[], batch: Batch) {
    for (const [index, job] of jobs.entries()) {
      if (batch.options.signal?.aborted) break;
      this.started(batch, job);
      this.settle(batch, index, await parseJob(job));
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
        clearTimeout(t.timer);
        this.busy.delete(w);
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
      const ms = task.job.noOcr ? this.deadline.plain : this.deadline.ocr;
      task.timer = setTimeout(() => this.expire(worker, ms), ms);
      worker.postMessage({ id: task.index, job: task.job });
    }
  }

  private count(): number {
    return this.idle.length + this.busy.size;
  }

  private spawn(): Worker {
    const w = new Worker(this.file as string, {
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    w.on("message", (reply: ParseReply) => this.done(w, { result: reply.result, ms: reply.ms }));
    w.on("error", (e) => this.lost(w, e.message));
    w.on("exit", (code) => this.lost(w, `退出码 ${code}`));
    return w;
  }

  /** A parse past its deadline: the worker is stopped, its file is TOO_COMPLEX. */
  private expire(w: Worker, ms: number) {
    const task = this.busy.get(w);
    if (!task) return;
    this.busy.delete(w);
    void w.terminate();
    this.settle(task.batch, task.index, overtime(ms));
    this.pump();
  }

  private done(w: Worker, parsed: Parsed) {
    const task = this.busy.get(w);
    if (!task) return;
    clearTimeout(task.timer);
    this.busy.delete(w);
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
    clearTimeout(task.timer);
    this.busy.delete(w);
    this.settle(task.batch, task.index, /memory/i.test(why) ? tooBig() : crashed(why));
    this.pump();
  }
}

let shared: ParsePool | null = null;

/** The process's pool, started on first use. */
export function defaultPool(): ParsePool {
  return (shared ??= new ParsePool());
}
