import { randomUUID } from "node:crypto";
import { dirname } from "node:path";
import type { Audit } from "../../../shared/model/audit.js";
import type {
  AuditSnapshot,
  HostMode,
  ExportResult,
  ImportProgress,
  ImportResult,
  NianbaoApi,
  OcrStatus,
  ReportUpdate,
  RulePackAnswer,
} from "../../../shared/ipc/contract.js";
import type { StoredAudit } from "../store/index.js";
import { writeAuditFile, writeSettings } from "../store/index.js";
import { CHAIN_START, linked, verifyChain } from "../store/chain.js";
import type { HistoryIntegrity } from "../../../shared/model/history.js";
import { applyMutation, type Mutation } from "../../../shared/audit/mutations.js";
import {
  packChanges,
  packName,
  packProblem,
  packSummary,
  readRulePack,
} from "../../../shared/audit/rule-pack.js";
import { exportFiles, toDownloads, type OutFile } from "./export.js";
import { pageImage } from "./page-image.js";
import { importInto, type ImportFile } from "./import-files.js";
import { defaultPool, type ParsePool, type ScanStatus } from "../workers/pool.js";

export type { ImportFile } from "./import-files.js";

const IDLE: ImportProgress = {
  running: false,
  done: 0,
  total: 0,
  current: null,
  cancelling: false,
};

/** One open audit: the state in memory, every change logged and saved atomically at once. */
export class AuditSession {
  private queued: Promise<string> | null = null;
  private running: Promise<unknown> = Promise.resolve();
  private imports: Promise<unknown> = Promise.resolve();
  private progress: ImportProgress = IDLE;
  private stop: AbortController | null = null;
  savedAt: string | null = null;
  /** The history as found on opening; entries this session appends are linked onto it. */
  readonly integrity: HistoryIntegrity;
  /** The scan being recognised in a parse job, if any: its progress, and how to stop it. */
  private scan: ScanStatus | null = null;

  constructor(
    readonly path: string,
    private data: StoredAudit,
    readonly mode: HostMode,
    private readonly pool: ParsePool = defaultPool(),
  ) {
    this.integrity = data.integrity ?? verifyChain(data.history);
  }

  get audit(): Audit {
    return this.data.audit;
  }

  snapshot(): AuditSnapshot {
    return {
      audit: this.data.audit,
      path: this.path,
      savedAt: this.savedAt,
      mode: this.mode,
      integrity: this.integrity,
      historySeq: this.data.history.length,
    };
  }

  /** Appends to the history; nothing ever edits or removes an entry. */
  log(
    kind: string,
    reportId: string | null,
    detail: Record<string, unknown>,
    by = this.audit.inspector,
  ): void {
    const last = this.data.history[this.data.history.length - 1];
    const entry = {
      seq: this.data.history.length + 1,
      at: new Date().toISOString(),
      by,
      kind,
      reportId,
      // Through JSON, as it is saved: the hash is recomputed from the saved text on opening.
      detail: JSON.parse(JSON.stringify(detail)) as Record<string, unknown>,
    };
    this.data.history.push(linked(last?.hash ?? CHAIN_START, entry));
  }

  /** The history of one report and of the audit as a whole, oldest first. */
  history(reportId?: string) {
    const entries = this.data.history.filter(
      (e) => reportId === undefined || e.reportId === reportId || e.reportId === null,
    );
    return { entries, integrity: this.integrity };
  }

  /** Saves the current state; calls made while a save is waiting share it. */
  save(): Promise<string> {
    if (this.queued) return this.queued;
    const p = this.running.then(async () => {
      this.queued = null;
      const at = new Date().toISOString();
      this.data.audit.updatedAt = at;
      await writeAuditFile(this.path, this.data);
      this.savedAt = at;
      return at;
    });
    this.queued = p;
    this.running = p.catch(() => undefined);
    return p;
  }

  /** Imports run one after another; each is read in the parse workers and can be cancelled. */
  importFiles(files: ImportFile[]): Promise<ImportResult> {
    const run = this.imports.then(() => this.readAndAdd(files));
    this.imports = run.catch(() => undefined);
    return run;
  }

  ocrStatus(): OcrStatus | null {
    const s = this.scan;
    return s && s.pages > 0 ? { fileName: s.name, page: s.page, pages: s.pages } : null;
  }

  importProgress(): ImportProgress {
    return this.progress;
  }

  /** Stops the running import: what is read stays imported, the rest is not read. */
  cancelImport(): boolean {
    if (!this.stop) return false;
    this.stop.abort();
    this.progress = { ...this.progress, cancelling: true };
    return true;
  }

  private async readAndAdd(files: ImportFile[]): Promise<ImportResult> {
    const stop = (this.stop = new AbortController());
    this.progress = { ...IDLE, running: true, total: files.length };
    const target = {
      audit: this.audit,
      sources: this.data.sources,
      log: this.log.bind(this),
    };
    try {
      const { outcomes, cancelled, added, failures } = await importInto(target, files, this.pool, {
        signal: stop.signal,
        onProgress: (p) => (this.progress = { ...this.progress, ...p }),
        onScan: (s) => (this.scan = s),
      });
      const savedAt = await this.save();
      const ids = new Set(added);
      const changes = {
        auditId: this.audit.id,
        reports: this.audit.reports.filter((r) => ids.has(r.id)),
        failures,
        updatedAt: this.audit.updatedAt,
        savedAt,
        historySeq: this.data.history.length,
      };
      return { changes, outcomes, cancelled };
    } finally {
      this.stop = null;
      this.progress = IDLE;
    }
  }

  async mutate(reportId: string, m: Mutation): Promise<ReportUpdate> {
    const by = m.kind === "sign-off" ? (m.reviewer ?? this.audit.inspector) : this.audit.inspector;
    const stamp = { by, at: new Date().toISOString(), id: randomUUID() };
    const { next, detail } = applyMutation(this.audit, reportId, m, stamp);
    const i = this.audit.reports.findIndex((r) => r.id === reportId);
    if (next) this.audit.reports[i] = next;
    else {
      this.audit.reports.splice(i, 1);
      this.data.sources.delete(reportId);
    }
    this.log(m.kind, reportId, detail, by);
    const savedAt = await this.save();
    return { report: next, reportId, savedAt };
  }

  /**
   * Puts the rule pack in `text` in force for the whole audit, saved with it and recorded in the
   * history; a pack with any invalid entry is refused whole, with each entry's problem.
   */
  async setRulePack(fileName: string, text: string): Promise<RulePackAnswer> {
    const read = readRulePack(text);
    if ("problem" in read) return { kind: "refused", fileName, problem: read.problem };
    const from = this.audit.rulePack?.fileName ?? null;
    const at = new Date().toISOString();
    this.audit.rulePack = { fileName, text, by: this.audit.inspector, at };
    this.audit.rules = read.pack;
    const changes = packChanges(packSummary(read.pack));
    this.log("rule-pack", null, { fileName, name: packName(text), from, changes, text });
    await this.save();
    return { kind: "set", snapshot: this.snapshot() };
  }

  /** Back to the rule catalog as bundled, recorded in the history. */
  async clearRulePack(): Promise<AuditSnapshot> {
    const from = this.audit.rulePack?.fileName ?? null;
    if (from === null && !this.audit.rules) return this.snapshot();
    delete this.audit.rulePack;
    delete this.audit.rules;
    this.log("rule-pack", null, { fileName: null, from });
    await this.save();
    return this.snapshot();
  }

  async setInspector(name: string): Promise<AuditSnapshot> {
    this.log("inspector", null, { from: this.audit.inspector, to: name });
    this.audit.inspector = name;
    // Remembered for the next audit started here: asked once, on the first start.
    await writeSettings(dirname(this.path), { inspector: name });
    await this.save();
    return this.snapshot();
  }

  /**
   * The service interface over this session; choosing files is the host's (dialog or none), and
   * so is delivering an export (a save dialog; by default, back to the page as downloads).
   */
  api(host: {
    choose(folders: boolean): Promise<ImportResult | null>;
    importPaths(paths: string[]): Promise<ImportResult>;
    deliver?(files: OutFile[]): Promise<ExportResult>;
    /** A rule pack file chosen in a dialog (text null: too large to read); absent, the page reads it. */
    choosePack?(): Promise<{ fileName: string; text: string | null } | null>;
  }): NianbaoApi {
    const deliver = host.deliver ?? toDownloads;
    const upload = (files: { name: string; data: string; fromFolder?: boolean }[]) =>
      files.map((f) => ({
        name: f.name,
        bytes: new Uint8Array(Buffer.from(f.data, "base64")),
        fromFolder: f.fromFolder ?? false,
      }));
    return {
      "audit:get": async () => this.snapshot(),
      "audit:import": async ({ files }) => this.importFiles(upload(files)),
      "audit:importPaths": async ({ paths }) => host.importPaths(paths),
      "audit:chooseFiles": async ({ folders }) => host.choose(folders),
      "audit:setCorrection": async ({ reportId, cell, value, clear }) =>
        this.mutate(reportId, { kind: "correction", cell, value, clear }),
      "audit:setVerdict": async ({ reportId, key, status, note }) =>
        this.mutate(reportId, { kind: "verdict", key, status, note }),
      "audit:addRemark": async ({ reportId, target, text }) =>
        this.mutate(reportId, { kind: "remark", target, text }),
      "audit:deleteRemark": async ({ reportId, remarkId }) =>
        this.mutate(reportId, { kind: "remark-delete", remarkId }),
      "audit:setMeta": async ({ reportId, agency, level, year }) =>
        this.mutate(reportId, { kind: "meta", agency, level, year }),
      "audit:removeReport": async ({ reportId }) => this.mutate(reportId, { kind: "remove" }),
      "audit:setInspector": async ({ name }) => this.setInspector(name),
      "audit:history": async ({ reportId }) => this.history(reportId),
      "audit:signOff": async ({ reportId, seq, note, reviewer }) =>
        this.mutate(reportId, { kind: "sign-off", seq, note, reviewer }),
      "audit:linkRound": async ({ reportId, of }) => this.mutate(reportId, { kind: "round", of }),
      "audit:export": async (req) => {
        const files = await exportFiles(this.audit, req);
        this.log("export", null, { files: files.map((f) => f.name), reports: req.reportIds });
        return deliver(files);
      },
      "audit:ocrStatus": async () => this.ocrStatus(),
      "audit:cancelOcr": async () => {
        const scan = this.scan;
        scan?.stop();
        return scan !== null;
      },
      "audit:pageImage": async ({ reportId, page }) =>
        pageImage(reportId, page, this.data.sources.get(reportId)),
      "audit:importProgress": async () => this.importProgress(),
      "audit:cancelImport": async () => ({ cancelled: this.cancelImport() }),
      "audit:setRulePack": async ({ fileName, text }) => this.setRulePack(fileName, text),
      "audit:chooseRulePack": async () => {
        const chosen = await host.choosePack?.();
        if (!chosen) return { kind: "cancelled" };
        return chosen.text === null
          ? {
              kind: "refused",
              fileName: chosen.fileName,
              problem: packProblem("RULE_PACK_TOO_LARGE"),
            }
          : this.setRulePack(chosen.fileName, chosen.text);
      },
      "audit:clearRulePack": async () => this.clearRulePack(),
    };
  }
}
