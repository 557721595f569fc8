import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { TemplateVersion } from "../../../shared/model/report.js";
import { renderWeb, type WebOptions } from "../../gen/render-web.js";
import { readText } from "../../support/read-text.js";

interface Labelled {
  agency: string;
  year: number;
  template: TemplateVersion;
  cells: Record<string, number | string | null>;
}

// The cell values of the corpus samples and the generated examples, printed as web copies.
const specs = ["test/fixtures/corpus", "test/fixtures/examples"].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".txt.expected.json"))
    .map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as Labelled),
);

const read = readText;

const shapes: [string, WebOptions][] = [
  ["one row per line, tabs", { shape: "tabs" }],
  ["pipes without edge pipes (a | b)", { shape: "pipes-bare" }],
  ["pipes with edge pipes, no rule (| a | b |)", { shape: "pipes-edged" }],
  ["markdown tables with rule lines", { shape: "markdown" }],
  ["a markdown table per row group, headed 数据1 … 数据N", { shape: "markdown-groups" }],
  ["one cell per line", { shape: "cells" }],
  ["one cell per line with a trailing pipe", { shape: "cells-pipe" }],
  ["table 四 as three 5-column blocks (tabs)", { shape: "tabs", table4Blocks: true }],
  ["table 四 as three 5-column blocks (markdown)", { shape: "markdown", table4Blocks: true }],
  ["table 二 as `行政许可 97` (tabs elsewhere)", { shape: "tabs", spacedTable2: true }],
  ["table 二 as `行政许可 97` (pipes elsewhere)", { shape: "pipes-bare", spacedTable2: true }],
  ["cells of several paragraphs joined by a space", { shape: "tabs", paragraphs: "space" }],
  ["cells of several paragraphs joined by nothing", { shape: "pipes-edged", paragraphs: "none" }],
  [
    "cells of several paragraphs on lines of their own (tabs)",
    { shape: "tabs", paragraphs: "lines" },
  ],
  [
    "cells of several paragraphs on lines of their own (cells)",
    { shape: "cells", paragraphs: "lines" },
  ],
  [
    "cells of several paragraphs on lines of their own (markdown)",
    { shape: "markdown", paragraphs: "lines" },
  ],
  [
    "a markdown table per row group, multi-paragraph cells on lines of their own",
    { shape: "markdown-groups", paragraphs: "lines", table4Blocks: true },
  ],
  [
    "one cell per line closed by a pipe, multi-paragraph cells, table 四 in blocks",
    { shape: "cells-pipe", paragraphs: "lines", table4Blocks: true },
  ],
  ["pipes without edge pipes, table 四 in blocks", { shape: "pipes-bare", table4Blocks: true }],
  ["a title split over two lines", { shape: "tabs", splitTitle: true }],
  ["a stray line (正文) before the title", { shape: "markdown", stray: "正文" }],
  [
    "the site's name before a split title",
    { shape: "cells", stray: "某某县人民政府门户网站", splitTitle: true },
  ],
  [
    "a browser's copy of a page whose cells hold paragraphs, blank cells as empty lines",
    { shape: "page-copy", catalogue: true },
  ],
  [
    "a browser's copy of a page whose cells hold paragraphs, blank cells as spaces",
    { shape: "page-copy", blankAsSpace: true, paragraphs: "lines", table4Blocks: true },
  ],
];

describe("text copied from web pages reads every cell", () => {
  for (const [name, o] of shapes)
    it(name, () => {
      for (const s of specs) {
        const title = `${s.agency}${s.year}年政府信息公开工作年度报告`;
        const r = read(renderWeb({ title, template: s.template, cells: s.cells }, o));
        const ids = Object.keys(s.cells);
        expect(Object.fromEntries(ids.map((id) => [id, r.cells[id]?.value])), s.agency).toEqual(
          s.cells,
        );
        expect(r.title.replace(/\s/gu, "")).toBe(title);
        expect(r.template).toBe(s.template);
        expect(r.sections.map((x) => x.no)).toEqual([1, 2, 3, 4, 5, 6]);
        expect(r.labels.map((l) => l.printed)).toEqual([]);
      }
    });
});
