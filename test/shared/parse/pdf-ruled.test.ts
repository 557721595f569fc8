import { describe, expect, it } from "vitest";
import type { PdfItem, PdfPage, PdfRule } from "../../../shared/parse/pdf/content.js";
import { pdfDocument } from "../../../shared/parse/pdf/rows.js";
import type { SourceDocument } from "../../../shared/parse/source.js";
import { readerText } from "../../../shared/messages/index.js";

// Synthetic pages: CJK runs one font size wide per character, ASCII half that.
const run = (str: string, x: number, y: number, h = 9): PdfItem => ({
  str,
  x,
  y,
  h,
  w: [...str].reduce((w, ch) => w + (ch.charCodeAt(0) < 128 ? h / 2 : h), 0),
});

/** Rules of a grid: every boundary drawn except the pieces `open` names ("v:x:row", "h:y:col"). */
function grid(xs: number[], ys: number[], open: string[] = []): PdfRule[] {
  const rules: PdfRule[] = [];
  ys.forEach((y, i) =>
    xs.slice(1).forEach((x2, j) => {
      if (!open.includes(`h:${i}:${j}`)) rules.push({ x: xs[j]!, y: y - 0.25, x2, y2: y + 0.25 });
    }),
  );
  xs.forEach((x, j) =>
    ys.slice(1).forEach((y2, i) => {
      if (!open.includes(`v:${j}:${i}`)) rules.push({ x: x - 0.25, y: ys[i]!, x2: x + 0.25, y2 });
    }),
  );
  return rules;
}

const page = (items: PdfItem[], rules?: PdfRule[]): PdfPage => ({
  width: 595,
  height: 842,
  items,
  ...(rules ? { rules } : {}),
});
const texts = (doc: SourceDocument) =>
  doc.rows.filter((r) => r.tabular).map((r) => r.cells.map((c) => c.text));
const PROSE = "政府信息公开工作按照条例要求有序推进，主动公开质量不断提升，依申请公开办理规范";

describe("pdfDocument reads a ruled table by its rules", () => {
  it("a cell merged over rows or columns stands once, in its first row; blank cells are kept", () => {
    const xs = [50, 200, 250, 300, 350];
    const ys = [100, 120, 145, 170];
    // 项目 merged down two rows; 申请人情况 merged over three columns.
    const rules = grid(xs, ys, ["h:1:0", "v:2:0", "v:3:0"]);
    const doc = pdfDocument({
      pages: [
        page(
          [
            run(PROSE, 50, 80, 14),
            run("项目", 60, 126),
            run("申请人情况", 240, 113),
            run("自然人", 210, 136),
            run("商 业 企", 255, 132),
            run("业", 255, 142),
            run("总计", 310, 136),
            run("一、本年新收政府信息公开申请数量", 52, 161),
            run("3", 222, 161),
            run("3", 322, 161),
          ],
          rules,
        ),
      ],
    });
    expect(texts(doc)).toEqual([
      ["项目", "申请人情况"],
      ["自然人", "商业企业", "总计"],
      ["一、本年新收政府信息公开申请数量", "3", "", "3"],
    ]);
    const head = doc.rows.find((r) => r.cells[1]?.text === "申请人情况");
    expect(head?.cells[1]).toMatchObject({ colspan: 3, x: 200, x2: 350 });
    const blank = doc.rows.at(-1)?.cells[2];
    expect(blank?.at).toEqual({ page: 1, box: [250, 145, 50, 25] });
    expect(doc.messages.map((m) => m.code)).toEqual(["PDF_TABLE_RULED"]);
    expect(doc.messages[0]?.params).toEqual({ from: 1, to: 1, rows: 3, columns: 4 });
    expect(doc.messages.map(readerText)).toEqual(["第1页的表格按表格线读取（3行×4列）"]);
  });

  it("a label that fills its column stays apart from the number beside it", () => {
    const items = [run("1.本机关不掌握相关政府信息", 50, 112), run("49", 168, 112)];
    const ruled = pdfDocument({ pages: [page(items, grid([49, 167, 220], [100, 118]))] });
    expect(texts(ruled)).toEqual([["1.本机关不掌握相关政府信息", "49"]]);
  });

  it("a run written over two cells is cut at the rule between them", () => {
    const doc = pdfDocument({
      pages: [
        page(
          [run("行政许可", 52, 112), run("12 7", 145, 112)],
          grid([50, 140, 160, 200], [100, 118]),
        ),
      ],
    });
    expect(texts(doc)).toEqual([["行政许可", "12", "7"]]);
  });

  it("a table with open sides reads its columns from the rules across it", () => {
    const rules = grid([50, 150, 250], [100, 120, 140], ["v:0:0", "v:0:1", "v:2:0", "v:2:1"]);
    const doc = pdfDocument({
      pages: [
        page([run("行政处罚", 52, 113), run("4119", 190, 113), run("行政强制", 52, 133)], rules),
      ],
    });
    expect(texts(doc)).toEqual([
      ["行政处罚", "4119"],
      ["行政强制", ""],
    ]);
  });

  it("a grid with no text in it, or of one column, is no table", () => {
    const frame = grid([40, 555], [60, 800]);
    const empty = grid([100, 200, 300], [700, 720]);
    const doc = pdfDocument({ pages: [page([run(PROSE, 50, 100, 14)], [...frame, ...empty])] });
    expect(doc.rows.map((r) => [r.tabular, r.cells[0]?.text])).toEqual([[false, PROSE]]);
    expect(doc.messages).toEqual([]);
  });

  it("without rules a table is read from its text positions, and the reader says so", () => {
    const doc = pdfDocument({
      pages: [
        page([
          run("1.本机关不掌握相关政府信息", 50, 112),
          run("3", 300, 112),
          run("2.重复申请", 50, 130),
          run("1", 300, 130),
        ]),
      ],
    });
    expect(texts(doc)).toEqual([
      ["1.本机关不掌握相关政府信息", "3"],
      ["2.重复申请", "1"],
    ]);
    expect(doc.messages.map((m) => [m.code, readerText(m)])).toEqual([
      ["PDF_TABLE_POSITIONS", "第1页的表格没有表格线，按文字位置读取（2行）"],
    ]);
  });
});

describe("pdfDocument joins a ruled table broken by pages", () => {
  const xs = [50, 160, 220];
  const head = (y: number) => [run("项目", 52, y), run("数量", 180, y)];

  it("drops the repeated head rows and joins the row the break split (values on the next page)", () => {
    const doc = pdfDocument({
      pages: [
        page(
          [
            ...head(712),
            run("1.属于国家秘密", 52, 732),
            run("2", 188, 732),
            run("2.申请人逾期未按收费通", 52, 790),
          ],
          grid(xs, [700, 720, 740, 800]),
        ),
        page(
          [
            ...head(72),
            run("知要求缴纳费用", 52, 92),
            run("5", 188, 92),
            run("3.其他", 52, 112),
            run("1", 188, 112),
          ],
          grid(xs, [60, 80, 100, 120]),
        ),
      ],
    });
    expect(texts(doc)).toEqual([
      ["项目", "数量"],
      ["1.属于国家秘密", "2"],
      ["2.申请人逾期未按收费通知要求缴纳费用", "5"],
      ["3.其他", "1"],
    ]);
    const five = doc.rows[2]?.cells[1];
    expect(five?.at?.page).toBe(2);
    expect(doc.rows[2]?.page).toBe(1);
    expect(doc.messages.map(readerText)).toEqual(["第1–2页的表格按表格线读取（4行×2列）"]);
  });

  it("joins a label merged over rows that the break cut: （四）无 / 法提供", () => {
    const cols = [50, 90, 200, 260];
    const doc = pdfDocument({
      pages: [
        page(
          [run("（四）无", 52, 790), run("1.本机关不掌握", 92, 790), run("3", 228, 790)],
          grid(cols, [770, 800]),
        ),
        page(
          [
            run("法提供", 52, 80),
            run("2.没有现成信息", 92, 72),
            run("1", 228, 72),
            run("3.补正后申请内容", 92, 92),
            run("0", 228, 92),
          ],
          grid(cols, [60, 80, 100], ["h:1:0"]),
        ),
      ],
    });
    expect(texts(doc)).toEqual([
      ["（四）无法提供", "1.本机关不掌握", "3"],
      ["", "2.没有现成信息", "1"],
      ["3.补正后申请内容", "0"],
    ]);
  });

  it("never joins a row that begins the next page on its own: a head row, then a data row", () => {
    const doc = pdfDocument({
      pages: [
        page(
          [run("信息内容", 52, 790), run("本年处理决定数量", 162, 790)],
          grid([50, 160, 320], [775, 800]),
        ),
        page([run("行政处罚", 52, 72), run("4119", 230, 72)], grid([50, 160, 320], [60, 80])),
      ],
    });
    expect(texts(doc)).toEqual([
      ["信息内容", "本年处理决定数量"],
      ["行政处罚", "4119"],
    ]);
  });
});
