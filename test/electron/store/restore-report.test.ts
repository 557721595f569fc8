import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readReportBytes } from "../../../electron/node/workers/reader.js";
import { restoreReport } from "../../../electron/node/store/restore-report.js";
import { reportIssues } from "../../../shared/templates/report-schema.js";
import type { Report } from "../../../shared/model/report.js";
import { readerText } from "../../../shared/messages/index.js";

const dir = (d: string) => fileURLToPath(new URL(`../../fixtures/${d}/`, import.meta.url));
const FILES = ["corpus", "converted"].flatMap((d) =>
  readdirSync(dir(d))
    .filter((f) => /\.(txt|docx|pdf)$/.test(f))
    .map((f) => dir(d) + f),
);
/** As an audit file holds it: JSON. */
const saved = (r: Report) => JSON.parse(JSON.stringify(r)) as Record<string, unknown>;

describe("a report restored from an audit file", () => {
  it.each(FILES.map((f) => [f.split("/").slice(-2).join("/"), f]))(
    "is the reader's report of %s, which satisfies the schema",
    async (_name, file) => {
      const res = await readReportBytes(new Uint8Array(readFileSync(file)), file);
      if (!res.ok) throw new Error(res.error.message);
      expect(reportIssues(res.report)).toEqual([]);
      expect(restoreReport(saved(res.report), res.report.format)).toEqual(saved(res.report));
    },
  );

  it("keeps what conforms, drops list entries that do not, and defaults the rest", async () => {
    const file = FILES.find((f) => f.endsWith(".txt")) as string;
    const res = await readReportBytes(new Uint8Array(readFileSync(file)), file);
    if (!res.ok) throw new Error(res.error.message);
    const good = saved(res.report);
    const sections = good.sections as unknown[];
    const cells = good.cells as Record<string, Record<string, unknown>>;
    const [id] = Object.keys(cells) as [string];
    const back = restoreReport(
      {
        ...good,
        year: "2020",
        published: "去年",
        sections: [{ no: 9, heading: "" }, ...sections],
        messages: [{ code: "X" }],
        cells: { ...cells, [id]: { ...cells[id], value: {}, span: [5, 2] } },
        tables: { 2: "yes", 3: true },
        layout: [{ kind: "p" }],
        future: { kept: true },
      },
      "docx",
    );
    expect(back.year).toBeNull();
    expect(back.published).toBeNull();
    expect(back.sections).toEqual(sections);
    expect(back.messages).toEqual([]);
    expect(back.cells[id]).toEqual({ ...cells[id], value: null, span: [0, 0] });
    expect(back.tables).toEqual({ 2: false, 3: true, 4: false });
    expect(back.layout).toBeUndefined();
    expect((back as unknown as Record<string, unknown>).future).toEqual({ kept: true });
    expect(back.format).toBe(res.report.format);
    expect(restoreReport(null, "pdf")).toMatchObject({ format: "pdf", text: "", cells: {} });
  });

  it("opens reader messages saved as sentences: a sentence of its code alone keeps the code, any other is kept as text", async () => {
    const file = FILES.find((f) => f.endsWith(".txt")) as string;
    const res = await readReportBytes(new Uint8Array(readFileSync(file)), file);
    if (!res.ok) throw new Error(res.error.message);
    const ruled = "第1–2页的表格按表格线读取（4行×2列）";
    const back = restoreReport(
      {
        ...saved(res.report),
        messages: [
          { code: "HTML_TOO_DEEP", message: "网页元素嵌套过深，过深部分的内容未读取" },
          { code: "PDF_TABLE_RULED", message: ruled, span: [0, 4] },
          { code: "TABLE_NOT_FOUND", message: "未找到表四" },
        ],
      },
      "pdf",
    );
    expect(back.messages).toEqual([
      { code: "HTML_TOO_DEEP", params: {} },
      { code: "READER_NOTE", params: { text: ruled, was: "PDF_TABLE_RULED" }, span: [0, 4] },
      { code: "READER_NOTE", params: { text: "未找到表四", was: "TABLE_NOT_FOUND" } },
    ]);
    expect(back.messages.map(readerText)).toEqual([
      "网页元素嵌套过深，过深部分的内容未读取",
      ruled,
      "未找到表四",
    ]);
    // The rest of the report is as saved.
    expect({ ...back, messages: [] }).toEqual({ ...saved(res.report), messages: [] });
  });
});
