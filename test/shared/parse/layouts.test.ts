import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { txtDocument } from "../../../shared/parse/txt/document.js";
import { readReport } from "../../../shared/parse/report.js";
import type { Report, TemplateVersion } from "../../../shared/model/report.js";
import { renderTxt, type RenderOptions } from "../../gen/render-txt.js";

interface Labelled {
  agency: string;
  year: number;
  template: TemplateVersion;
  cells: Record<string, number | string | null>;
}

const dir = "test/fixtures/examples";
const specs = readdirSync(dir)
  .filter((f) => f.endsWith(".expected.json"))
  .map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as Labelled);

function parse(bytes: Uint8Array): Report {
  const doc = txtDocument(bytes);
  if ("code" in doc) throw new Error(doc.message);
  const res = readReport(doc);
  if (!res.ok) throw new Error(res.error.message);
  return res.report;
}

function values(r: Report, ids: string[]) {
  return Object.fromEntries(ids.map((id) => [id, r.cells[id]?.value]));
}

const variants: [string, RenderOptions][] = [
  ["pipe rows", { layout: "pipes" }],
  [
    "markdown pipe table with markdown headings",
    { layout: "markdown-pipes", markdownHeadings: true },
  ],
  ["tab-separated rows", { layout: "tabs" }],
  ["one cell per line", { layout: "cells" }],
  ["one cell per line, headers split over two lines", { layout: "cells", splitHeaders: true }],
  ["tab rows broken by a page footer and header", { layout: "tabs", pageBreak: true }],
  ["pipe rows with blank lines between rows", { layout: "pipes", blankLines: true }],
  [
    "tab rows with table 三's header printed again after a page break",
    { layout: "tabs", pageBreak: true, repeatHeader: true },
  ],
  ["pipe rows with table 三's header printed again", { layout: "pipes", repeatHeader: true }],
  [
    "one cell per line with table 三's header printed again",
    { layout: "cells", repeatHeader: true },
  ],
  ["one cell per line led by spaces", { layout: "cells", cellIndent: "    " }],
  [
    "one cell per line led by full-width spaces, prose indented too",
    { layout: "cells", cellIndent: "\u3000\u3000", indentProse: true },
  ],
  ["tab rows with prose indented", { layout: "tabs", indentProse: true }],
  ["one cell per line, nothing around it, blank cells as empty lines", { layout: "lines" }],
  [
    "one cell per line, nothing around it, table 三's header again, full-width digits",
    { layout: "lines", repeatHeader: true, pageBreak: true, fullWidth: true },
  ],
  ["full-width digits and signs", { layout: "tabs", fullWidth: true }],
];

describe("every layout reads back the same cells", () => {
  for (const [name, opts] of variants)
    it(name, () => {
      for (const s of specs) {
        const title = `${s.agency}${s.year}年政府信息公开工作年度报告`;
        const text = renderTxt({ title, template: s.template, cells: s.cells }, opts);
        const r = parse(new TextEncoder().encode(text));
        expect(r.template).toBe(s.template);
        expect(r.agency).toBe(s.agency);
        expect(r.year).toBe(s.year);
        const ids = Object.keys(s.cells);
        expect(values(r, ids)).toEqual(Object.fromEntries(ids.map((id) => [id, s.cells[id]])));
        expect(r.sections.map((x) => x.no)).toEqual([1, 2, 3, 4, 5, 6]);
      }
    });
});

describe("text encodings", () => {
  const s = specs[0] as Labelled;
  const text = renderTxt(
    {
      title: `${s.agency}${s.year}年政府信息公开工作年度报告`,
      template: s.template,
      cells: s.cells,
    },
    { layout: "tabs" },
  );
  it("UTF-8 with BOM and CRLF line ends", () => {
    const body = new TextEncoder().encode(text.replace(/\n/g, "\r\n"));
    const r = parse(new Uint8Array([0xef, 0xbb, 0xbf, ...body]));
    expect(r.agency).toBe(s.agency);
    expect(r.text.includes("\r")).toBe(false);
    expect(r.cells["t3.new.total"]?.value).toBe(s.cells["t3.new.total"]);
  });
  it("UTF-16 LE with BOM", () => {
    const r = parse(
      new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")])),
    );
    expect(r.cells["t4.review.total"]?.value).toBe(s.cells["t4.review.total"]);
  });
  it("UTF-16 saved without a BOM, either byte order", () => {
    const le = Buffer.from(text, "utf16le");
    const be = Buffer.from(le).swap16();
    for (const bytes of [le, be]) {
      const r = parse(new Uint8Array(bytes));
      expect(r.cells["t4.review.total"]?.value).toBe(s.cells["t4.review.total"]);
      expect(r.cells["t3.new.total"]?.value).toBe(s.cells["t3.new.total"]);
    }
  });
  it("GB18030 (a real generated report)", () => {
    const raw = new Uint8Array(readFileSync("test/fixtures/examples/e001.txt"));
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(raw)).toThrow();
    expect(parse(raw).agency).toBe("临江县农业农村局");
  });
});
