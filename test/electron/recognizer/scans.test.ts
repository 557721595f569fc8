import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createCanvas } from "@napi-rs/canvas";
import { beforeAll, describe, expect, it } from "vitest";
import { readReportBytes, type ReadResult } from "../../../electron/node/workers/reader.js";
import { checkReport } from "../../../shared/rules/index.js";
import { OCR_THRESHOLD } from "../../../shared/rules/catalog/scan.js";
import { jpegsToPdf, scanPdf } from "../../../scripts/scan.mjs";
import { openSession } from "../../../electron/node/services/open-session.js";

// One file OCRs every scan once (about a minute of CPU on two cores) and asserts on all of it.
const CORPUS = "test/fixtures/corpus";
const PDFS = readdirSync(CORPUS).filter((f) => f.endsWith(".pdf"));

interface Expected {
  agency: string;
  year: number;
  template: string;
  cells: Record<string, number | string | null>;
}

const same = (id: string, got: unknown, want: unknown) =>
  got === want ||
  (id.endsWith(".amount") &&
    typeof got === "number" &&
    typeof want === "number" &&
    Math.abs(got - want) < 0.05);

const read = new Map<string, { result: ReadResult; progress: number[] }>();

describe("scans of the sample PDFs (pdftoppm, 150 dpi JPEG pages, no text layer)", () => {
  beforeAll(async () => {
    for (const f of PDFS) {
      const progress: number[] = [];
      const result = await readReportBytes(new Uint8Array(scanPdf(join(CORPUS, f))), f, {
        ocr: { onProgress: (p) => progress.push(p.page) },
      });
      read.set(f, { result, progress });
    }
  }, 1_500_000);

  it("read ≥ 98% of the cells right, every misread among the cells flagged 待核对", () => {
    let cells = 0;
    let right = 0;
    const silent: string[] = [];
    for (const f of PDFS) {
      const exp = JSON.parse(readFileSync(join(CORPUS, f + ".expected.json"), "utf8")) as Expected;
      const { result } = read.get(f)!;
      if (!result.ok) throw new Error(`${f}: ${result.error.message}`);
      for (const [id, want] of Object.entries(exp.cells)) {
        cells++;
        const c = result.report.cells[id];
        if (c && same(id, c.value, want)) right++;
        else if ((c?.place?.confidence ?? 100) >= OCR_THRESHOLD)
          silent.push(`${f} ${id}=${JSON.stringify(c?.value)} (应为 ${JSON.stringify(want)})`);
      }
    }
    console.info(`OCR: ${right}/${cells} cells right, silent misreads: ${silent.length}`);
    expect(right / cells).toBeGreaterThanOrEqual(0.98);
    expect(silent).toEqual([]);
  });

  it("read the metadata, and the rules find on the scan what they find on the text PDF", async () => {
    for (const f of PDFS) {
      const exp = JSON.parse(readFileSync(join(CORPUS, f + ".expected.json"), "utf8")) as Expected;
      const { result } = read.get(f)!;
      if (!result.ok) throw new Error(result.error.message);
      const r = result.report;
      expect({ year: r.year, template: r.template }).toEqual({
        year: exp.year,
        template: exp.template,
      });
      expect(r.sections.length).toBeGreaterThanOrEqual(5);
      const text = await readReportBytes(new Uint8Array(readFileSync(join(CORPUS, f))), f);
      if (!text.ok) throw new Error(text.error.message);
      const rules = (rep: typeof r) =>
        [...new Set(checkReport(rep).map((x) => x.rule))].filter((x) => !x.startsWith("O")).sort();
      expect(rules(r), f).toEqual(rules(text.report));
    }
  });

  it("keep each cell's confidence and its box on its page; the prose lines too", () => {
    for (const f of PDFS) {
      const { result, progress } = read.get(f)!;
      if (!result.ok) throw new Error(result.error.message);
      const r = result.report;
      const pages = r.ocr?.pages ?? [];
      expect(progress).toEqual([0, ...pages.map((_, i) => i + 1)]);
      const marked = Object.values(r.cells).filter((c) => c.place?.confidence !== undefined);
      expect(marked.length).toBeGreaterThan(Object.keys(r.cells).length * 0.5);
      for (const c of marked) {
        const { page, box, confidence } = c.place!;
        const size = pages[page - 1]!;
        expect(confidence).toBeGreaterThanOrEqual(0);
        expect(confidence).toBeLessThanOrEqual(100);
        expect(box[0] + box[2]).toBeLessThanOrEqual(size.width + 1);
        expect(box[1] + box[3]).toBeLessThanOrEqual(size.height + 1);
      }
      expect(r.ocr!.lines.length).toBeGreaterThan(20);
      expect(r.text).toContain("政府信息公开");
    }
  });
});

describe("a scan that is no report", () => {
  const page = (
    paint: (ctx: ReturnType<ReturnType<typeof createCanvas>["getContext"]>) => void,
  ) => {
    const canvas = createCanvas(1240, 1754);
    const ctx = canvas.getContext("2d");
    ctx.fillStyle = "#fff";
    ctx.fillRect(0, 0, 1240, 1754);
    paint(ctx);
    return new Uint8Array(jpegsToPdf([canvas.toBuffer("image/jpeg")]));
  };

  it("a blank page and a photo-like picture give OCR_UNREADABLE, not a made-up table", async () => {
    const blank = page(() => undefined);
    const photo = page((ctx) => {
      let seed = 7;
      const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 255;
      for (let i = 0; i < 400; i++) {
        ctx.fillStyle = `rgb(${rnd()},${rnd()},${rnd()})`;
        ctx.beginPath();
        ctx.arc(rnd() * 5, rnd() * 7, rnd() / 3, 0, 7);
        ctx.fill();
      }
    });
    for (const bytes of [blank, photo]) {
      const r = await readReportBytes(bytes, "scan.pdf");
      expect(r.ok ? "ok" : r.error.code).toBe("OCR_UNREADABLE");
    }
  }, 300_000);

  it("--no-ocr refuses a scan at once; a cancelled recognition says so", async () => {
    const scan = new Uint8Array(scanPdf(join(CORPUS, PDFS[0]!)));
    const refused = await readReportBytes(scan, "scan.pdf", { ocr: false });
    expect(refused.ok ? "ok" : refused.error.code).toBe("PDF_NO_TEXT");
    const stop = new AbortController();
    // Stopped as soon as the worker has opened the scan (page 0 of N), before any page is read.
    const cancelled = readReportBytes(scan, "scan.pdf", {
      ocr: { signal: stop.signal, onProgress: () => stop.abort() },
    });
    const r = await cancelled;
    expect(r.ok ? "ok" : r.error.code).toBe("OCR_CANCELLED");
  }, 300_000);

  it("an import shows the scan's progress per page and can be cancelled through the contract", async () => {
    const work = mkdtempSync(join(tmpdir(), "nianbao-ocr-"));
    const session = await openSession(join(work, "a.nbaudit"), "browser");
    if ("code" in session) throw new Error(session.message);
    const api = session.api({
      choose: async () => null,
      importPaths: async () => Promise.reject(),
    });
    const bytes = scanPdf(join(CORPUS, PDFS[0]!));
    const data = Buffer.from(bytes).toString("base64");
    let settled = false;
    const importing = api["audit:import"]({ files: [{ name: "扫描件.pdf", data }] });
    void importing.finally(() => (settled = true));
    let status = await api["audit:ocrStatus"]({});
    while (!status && !settled) {
      await new Promise((r) => setTimeout(r, 200));
      status = await api["audit:ocrStatus"]({});
    }
    expect(status).toMatchObject({ fileName: "扫描件.pdf", pages: 4 });
    expect(await api["audit:cancelOcr"]({})).toBe(true);
    const { outcomes, changes } = await importing;
    expect(outcomes[0]).toMatchObject({ kind: "skipped", error: { code: "OCR_CANCELLED" } });
    expect(changes.failures).toEqual([]);
    expect(await api["audit:ocrStatus"]({})).toBeNull();
    rmSync(work, { recursive: true, force: true });
  }, 300_000);
});
