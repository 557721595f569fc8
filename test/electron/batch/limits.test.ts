import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ParsePool } from "../../../electron/node/workers/pool.js";
import { buildWorker } from "./worker.js";

const DOCX = new URL("../../fixtures/corpus/000_717827ae4ea6615a.docx", import.meta.url).pathname;
const TXT = new URL("../../fixtures/corpus/001_8a851489e2403959.txt", import.meta.url).pathname;
let file: string;
const pools: ParsePool[] = [];

beforeAll(async () => {
  file = await buildWorker();
}, 120_000);
afterAll(async () => {
  await Promise.all(pools.map((p) => p.close()));
});

describe("the parse pool's limits", () => {
  it("stops a parse past its deadline with TOO_COMPLEX, and the next file reads as usual", async () => {
    const pool = new ParsePool({ size: 1, workerFile: file, deadlineMs: 1 });
    pools.push(pool);
    const job = (path: string) => ({
      name: path,
      bytes: new Uint8Array(readFileSync(path)),
      noOcr: true,
    });
    const [late] = await pool.run([job(DOCX)]);
    expect(late?.result).toMatchObject({ ok: false, error: { code: "TOO_COMPLEX" } });
    expect(late?.result.ok === false && late.result.error.message).toContain("读取超过");

    const roomy = new ParsePool({ size: 1, workerFile: file });
    pools.push(roomy);
    const [a, b] = await roomy.run([job(DOCX), job(TXT)]);
    expect(a?.result.ok && a.result.report.agency).toBe("紫阳县人民政府");
    expect(b?.result.ok && b.result.report.agency).toBe("岢岚县人民政府");
  });
});
