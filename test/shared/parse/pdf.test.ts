import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { readPdf } from "../../../electron/node/adapters/pdf.js";
import { cellValue, isValueText } from "../../../shared/text/number.js";
import type { PdfContent, PdfItem, PdfPage } from "../../../shared/parse/pdf/content.js";
import { pdfDocument } from "../../../shared/parse/pdf/rows.js";
import { readReport } from "../../../shared/parse/report.js";
import type { SourceCell, SourceDocument, SourceRow } from "../../../shared/parse/source.js";

const DIRS = ["corpus", "examples"].map((d) =>
  fileURLToPath(new URL(`../../fixtures/${d}/`, import.meta.url)),
);
const FILES = DIRS.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".pdf"))
    .map((f) => ({ name: f, path: dir + f })),
);

const T3_COLS = ["natural", "commercial", "research", "social", "legal", "otherOrg", "total"];
const T3_HEADER = [
  /^自然人$/,
  /^商业企业$/,
  /^科研机构$/,
  /^社会(公益)?组织$/,
  /^法律服务机构$/,
  /^其他$/,
  /^(总计|合计)$/,
];
const T4_IDS = ["review", "suitDirect", "suitAfterReview"].flatMap((g) =>
  ["upheld", "corrected", "other", "pending", "total"].map((c) => `t4.${g}.${c}`),
);
/** Table 三 rows whose label is distinctive enough to find by text. */
const T3_ROWS: [string, RegExp][] = [
  ["new", /^一、本年新收政府信息公开申请数量$/],
  ["carried", /^二、上年结转政府信息公开申请数量$/],
  ["granted", /^（一）予以公开$/],
  ["partial", /^（二）部分公开[（(]区分处理的[，,]只[计记]这一情形[，,]不[计记]其他情形[）)]$/],
  ["denied.secret", /^1\.属于国家秘密$/],
  ["unable.needCreate", /^2\.没有现成信息需要另行制作$/],
  ["notHandled.confirm", /^5\.要求行政机关确认或重新出具已获取信息$/],
  ["total", /^（七）总计$/],
  ["carryOver", /^四、结转下年度继续办理$/],
];

/** The numbers a row prints (a ruled row keeps its blank cells: those are not printed). */
const values = (row: SourceRow) => row.cells.filter((c) => c.text !== "" && isValueText(c.text));
const labels = (row: SourceRow) => row.cells.filter((c) => !isValueText(c.text));
const centre = (c: SourceCell) => ((c.x ?? NaN) + (c.x2 ?? NaN)) / 2;
const rowWith = (doc: SourceDocument, re: RegExp) =>
  doc.rows.find((r) => r.tabular && r.cells.some((c) => re.test(c.text)));

describe.each(FILES)("pdfDocument($name)", ({ path }) => {
  let doc: SourceDocument;
  let content: PdfContent;
  let cells: Record<string, number | string | null>;
  let header: number[];
  beforeAll(async () => {
    const read = await readPdf(new Uint8Array(readFileSync(path)));
    if ("code" in read) throw new Error(read.message);
    content = read;
    doc = pdfDocument(content);
    cells = JSON.parse(readFileSync(path + ".expected.json", "utf8")).cells;
    const from = doc.rows.findIndex((r) => r.cells.some((c) => c.text === "申请人情况"));
    const after = doc.rows.slice(from).flatMap((r) => (r.tabular ? r.cells : []));
    header = T3_HEADER.map((re) => centre(after.find((c) => re.test(c.text)) as SourceCell));
  });

  it("places every printed cell of the report on its page, its box round the printed number", () => {
    const res = readReport(doc);
    if (!res.ok) throw new Error(res.error.message);
    const printed = Object.values(res.report.cells).filter((c) => c.text !== "");
    expect(printed.length).toBeGreaterThan(50);
    for (const c of printed) {
      const at = c.place;
      if (!at) throw new Error(`${c.text}: no place`);
      const [x, y, w, h] = at.box;
      const page = content.pages[at.page - 1];
      if (!page) throw new Error(`${c.text}: page ${at.page}`);
      const digits = c.text.replace(/[^\d]/g, "").slice(0, 2);
      const item = page.items.find(
        (i) => i.str.includes(digits) && i.x >= x - 1 && i.x < x + w && i.y > y && i.y < y + h,
      );
      expect(item, `${c.text} at ${at.page} [${at.box.join(", ")}]`).toBeDefined();
    }
  });

  it("spans index the text; one line per row; every table cell has its x extent", () => {
    expect(doc.format).toBe("pdf");
    expect(doc.text.split("\n")).toHaveLength(doc.rows.length);
    for (const row of doc.rows) {
      expect(row.page).toBeGreaterThan(0);
      const line = doc.text.slice(row.span[0], row.span[1]);
      expect(line).toBe(row.cells.map((c) => c.text).join("\t"));
      for (const c of row.cells) {
        expect(doc.text.slice(c.span[0], c.span[1])).toBe(c.text);
        if (!row.tabular) expect(c.text).not.toBe("");
        if (row.tabular) expect(c.x2).toBeGreaterThan(c.x as number);
      }
      if (!row.tabular) expect(row.cells).toHaveLength(1);
    }
  });

  it("table 三's header gives one cell per column, left to right", () => {
    expect(header.every(Number.isFinite)).toBe(true);
    expect(header.slice().sort((a, b) => a - b)).toEqual(header);
  });

  it.each(T3_ROWS)(
    "table 三 row %s: its label whole, its printed values under their columns",
    (key, re) => {
      const row = rowWith(doc, re);
      if (!row) throw new Error(`no row ${re}`);
      const want = T3_COLS.map((c) => [c, cells[`t3.${key}.${c}`]] as const).filter(
        ([, v]) => v !== null,
      );
      const got = values(row);
      expect(got.map((c) => cellValue(c.text))).toEqual(want.map(([, v]) => v));
      const nearest = (c: SourceCell) =>
        header.reduce(
          (b, h, i) => (Math.abs(h - centre(c)) < Math.abs(header[b]! - centre(c)) ? i : b),
          0,
        );
      expect(got.map((c) => T3_COLS[nearest(c)])).toEqual(want.map(([c]) => c));
      expect(got.map(centre)).toEqual(got.map(centre).sort((a, b) => a - b));
    },
  );

  it("merged labels are cells of their own, never glued to a neighbour", () => {
    const all = doc.rows.flatMap((r) => (r.tabular ? labels(r).map((c) => c.text) : []));
    expect(all).toContain("三、本年度办理结果");
    expect(all.filter((t) => /^（三）不予公开$/.test(t))).toHaveLength(1);
    expect(all.filter((t) => t.includes("本年度办理结果"))).toHaveLength(1);
  });

  it("table 四's value row holds its 15 values", () => {
    const row = doc.rows.find((r) => r.tabular && r.cells.length === 15 && !labels(r).length);
    expect(row?.cells.map((c) => cellValue(c.text))).toEqual(T4_IDS.map((id) => cells[id]));
    const heads = rowWith(doc, /^结果纠正$/);
    expect(heads?.cells.length).toBeGreaterThanOrEqual(5);
  });
});

describe("pdfDocument on the corpus: cases the txt layout shows", () => {
  const load = async (name: string) => {
    const file = FILES.find((f) => f.name.startsWith(name)) as { path: string };
    const content = await readPdf(new Uint8Array(readFileSync(file.path)));
    if ("code" in content) throw new Error(content.message);
    return pdfDocument(content);
  };

  it("002: (一) 予以公开 prints only 总计 = 14, the rightmost cell", async () => {
    const doc = await load("002");
    const row = rowWith(doc, /^（一）予以公开$/) as SourceRow;
    expect(values(row).map((c) => c.text)).toEqual(["14"]);
    expect(row.cells[row.cells.length - 1]?.text).toBe("14");
    const total = rowWith(doc, /^自然人$/)?.cells.find((c) => c.text === "总计") as SourceCell;
    expect(Math.abs(centre(row.cells.at(-1) as SourceCell) - centre(total))).toBeLessThan(3);
  });

  it("001: every 办理结果 row is blank, labels only", async () => {
    const doc = await load("001");
    const from = doc.rows.findIndex((r) => r.cells.some((c) => c.text === "（一）予以公开"));
    const to = doc.rows.findIndex((r) => r.cells.some((c) => c.text === "四、结转下年度继续办理"));
    expect(to - from).toBeGreaterThanOrEqual(20);
    for (const r of doc.rows.slice(from, to)) expect(values(r)).toEqual([]);
  });

  it("001: a blank cell is placed where its column crosses its row, over no printed number", async () => {
    const file = FILES.find((f) => f.name.startsWith("001")) as { path: string };
    const content = await readPdf(new Uint8Array(readFileSync(file.path)));
    if ("code" in content) throw new Error(content.message);
    const res = readReport(pdfDocument(content));
    if (!res.ok) throw new Error(res.error.message);
    const cells = res.report.cells;
    const row = T3_COLS.map((c) => cells[`t3.granted.${c}`]);
    const label = cells["t3.new.natural"]?.place;
    const xs = row.map((c) => {
      expect(c?.value).toBeNull();
      const at = c?.place;
      if (!at || !label) throw new Error("blank cell not placed");
      expect(at.page).toBe(label.page);
      const [x, y, w, h] = at.box;
      const inside = content.pages[at.page - 1]?.items.filter(
        (i) => /\d/.test(i.str) && i.x + i.w > x && i.x < x + w && i.y > y && i.y < y + h,
      );
      expect(inside).toEqual([]);
      return x;
    });
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    // Under the printed column of the same name: 自然人 above the first, 总计 above the last.
    const natural = cells["t3.new.natural"]?.place?.box;
    expect(
      Math.abs(
        (natural?.[0] ?? 0) +
          (natural?.[2] ?? 0) / 2 -
          (xs[0] ?? 0) -
          (row[0]?.place?.box[2] ?? 0) / 2,
      ),
    ).toBeLessThan(6);
  });
});

// Synthetic pages: CJK runs one font size wide per character, ASCII half that.
const run = (str: string, x: number, y: number, h = 9): PdfItem => ({
  str,
  x,
  y,
  h,
  w: [...str].reduce((w, ch) => w + (ch.charCodeAt(0) < 128 ? h / 2 : h), 0),
});
const page = (items: PdfItem[]): PdfPage => ({ width: 595, height: 842, items });
const PROSE = "政府信息公开工作按照条例要求有序推进，主动公开质量不断提升，依申请公开办理规范";
const texts = (doc: SourceDocument) => doc.rows.map((r) => r.cells.map((c) => c.text));

describe("pdfDocument layout rules", () => {
  it("prose: a row per line, bullets kept with their item; page furniture dropped", () => {
    const pages = [1, 2, 3].map((n) =>
      page([
        run("某县人民政府办公室", 250, 40, 10),
        run(PROSE, 57, 120, 14),
        run("•", 57, 143, 14),
        run(`第${n}项`, 85, 143, 14),
        run("•", 57, 166, 14),
        run("其他", 85, 166, 14),
        run(n === 1 ? "- 1 -" : n === 2 ? "第2页" : "3", 290, 815, 10),
      ]),
    );
    const doc = pdfDocument({ pages });
    expect(texts(doc)).toEqual([1, 2, 3].flatMap((n) => [[PROSE], [`• 第${n}项`], ["• 其他"]]));
    expect(doc.rows.map((r) => [r.page, r.tabular])).toEqual(
      [1, 1, 1, 2, 2, 2, 3, 3, 3].map((p) => [p, false]),
    );
    expect(doc.text).toBe(texts(doc).flat().join("\n"));
  });

  it("a wrapped label is one cell; values centred against it join its row; blanks are absent", () => {
    const doc = pdfDocument({
      pages: [
        page([
          run(PROSE, 57, 100, 14),
          run("一、本年新收", 100, 300),
          run("3", 350, 300.8),
          run("5", 500, 300.8),
          run("（二）部分公开（区分处理的，", 100, 318),
          run("只计这一情形）", 110, 331),
          run("0", 500, 325.3),
          run("1.属于国家秘密", 100, 349),
          run("7", 350, 349.8),
          run("12", 497, 815, 10),
        ]),
      ],
    });
    expect(texts(doc)).toEqual([
      [PROSE],
      ["一、本年新收", "3", "5"],
      ["（二）部分公开（区分处理的，只计这一情形）", "0"],
      ["1.属于国家秘密", "7"],
    ]);
    const zero = doc.rows[2]?.cells[1] as SourceCell;
    expect([zero.x, zero.x2]).toEqual([500, 504.5]);
    expect(doc.rows.slice(1).every((r) => r.tabular)).toBe(true);
  });

  it("a label merged over rows joins the nearest row to its right, as its own cell", () => {
    const doc = pdfDocument({
      pages: [
        page([
          run("三、本年度", 60, 400),
          run("办理结果", 64, 413),
          run("（一）予以公开", 190, 402),
          run("14", 550, 402.8),
          run("（二）部分公开", 190, 420),
          run("0", 552, 420.8),
        ]),
      ],
    });
    expect(texts(doc)).toEqual([
      ["三、本年度办理结果", "（一）予以公开", "14"],
      ["（二）部分公开", "0"],
    ]);
  });

  it.each([
    ["top", 0],
    ["bottom", 2 * 11.5],
  ])(
    "a row label of several lines beside a group label, cells %s-aligned, is one row with its values",
    (_, shift) => {
      // Word prints cells top-aligned by default: one-line cells sit on the wrapped label's first
      // line (bottom-aligned: on its last), so its centre is lines away from theirs.
      const at = (y: number, lines: number) => y + (shift ? shift - (lines - 1) * 11.5 : 0);
      const doc = pdfDocument({
        pages: [
          page([
            run("（四）无法提供", 60, at(400, 1)),
            run("1.本机关不掌握相关", 160, at(400, 3)),
            run("政府信息，无法提供", 160, at(411.5, 3)),
            run("的情形", 160, at(423, 3)),
            run("0", 350, at(400.8, 1)),
            run("2", 552, at(400.8, 1)),
            run("2.没有现成信息需要", 160, at(450, 2)),
            run("另行制作", 160, at(461.5, 2)),
            run("1", 350, at(450.8, 1)),
            run("1", 552, at(450.8, 1)),
          ]),
        ],
      });
      expect(texts(doc)).toEqual([
        ["（四）无法提供", "1.本机关不掌握相关政府信息，无法提供的情形", "0", "2"],
        ["2.没有现成信息需要另行制作", "1", "1"],
      ]);
    },
  );

  it("a row split by a page break is joined back into one row", () => {
    const doc = pdfDocument({
      pages: [
        page([
          run("1.申请人无正当理由逾期不补正", 160, 760),
          run("0", 552, 760.8),
          run("2.申请人逾期未按收费通知要求缴纳费", 165, 790),
          run("0", 552, 790.8),
        ]),
        page([
          run("用、行政机关不再处理其政府信息公开申请", 160, 60),
          run("3.其他", 230, 85),
          run("1", 552, 85.8),
        ]),
      ],
    });
    expect(texts(doc)).toEqual([
      ["1.申请人无正当理由逾期不补正", "0"],
      ["2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "0"],
      ["3.其他", "1"],
    ]);
    expect(doc.rows.map((r) => r.page)).toEqual([1, 1, 2]);
  });
});
