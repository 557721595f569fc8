// Timings for the report, not a check: NB_BENCH=1 npx vitest run test/electron/store/bench.test.ts
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { AuditReport } from "../../../shared/model/audit.js";
import { readAuditFile, writeAuditFile } from "../../../electron/node/store/index.js";
import { AuditDb } from "../../../electron/node/store/audit-db.js";
import { loadSql } from "../../../electron/node/store/sqljs.js";
import { syntheticAudit } from "./fixture.js";
import { CHAIN_START, linked } from "../../../electron/node/store/chain.js";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const ms = (x: number) => `${x.toFixed(0)} ms`;

async function time(f: () => unknown): Promise<number> {
  const t = performance.now();
  await f();
  return performance.now() - t;
}

describe.skipIf(!process.env.NB_BENCH)("audit file timings", () => {
  it.each([5, 300])(
    "saves and loads an audit of %i reports",
    async (n) => {
      const dir = mkdtempSync(join(tmpdir(), "nb-bench-"));
      const path = join(dir, "bench.nbaudit");
      const data = syntheticAudit(n);
      const edit = (i: number) => {
        const r = data.audit.reports[i % n] as AuditReport;
        data.audit.reports[i % n] = {
          ...r,
          corrections: { ...r.corrections, "t2.fee.prev": { value: i, by: "张三", at: "" } },
        };
        data.history.push(
          linked(data.history.at(-1)?.hash ?? CHAIN_START, {
            seq: data.history.length + 1,
            at: "",
            by: "张三",
            kind: "correction",
            reportId: r.id,
            detail: { i },
          }),
        );
      };
      const first = await time(() => writeAuditFile(path, data));
      const save: number[] = [];
      const load: number[] = [];
      for (let i = 0; i < 5; i++) {
        edit(i);
        save.push(await time(() => writeAuditFile(path, data)));
        load.push(
          await time(async () => expect("code" in (await readAuditFile(path))).toBe(false)),
        );
      }
      // The synchronous part (blocks the event loop): bringing the in-memory database up to date and exporting it.
      const db = new AuditDb(await loadSql());
      const fullSync = await time(() => db.save(data));
      const editSync: number[] = [];
      for (let i = 0; i < 5; i++) editSync.push(await time(() => (edit(i), db.save(data))));
      db.close();
      const mb = (b: number) => `${(b / 1e6).toFixed(1)} MB`;
      const sources = [...data.sources.values()].reduce((s, b) => s + b.length, 0);
      console.log(
        `${n} reports (sources ${mb(sources)}, file ${mb(statSync(path).size)}): first save ${ms(first)} (sync ${ms(fullSync)}), ` +
          `save after one edit ${ms(median(save))} (sync ${ms(median(editSync))}), load ${ms(median(load))}`,
      );
      rmSync(dir, { recursive: true, force: true });
    },
    120_000,
  );
});
