import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import type { MemoBlock } from "../../../../shared/memo/index.js";
import { CHAR, LINE, SIZE, TEXT_WIDTH, fontOf, type FontRole } from "./gongwen.js";

export const run = (text: string, role: FontRole = "body", size = SIZE.body) =>
  new TextRun({ text, font: fontOf(role), size });

/** Lets Word break a run of Latin letters or digits too long for a line (a pasted code). */
const breakable = (text: string): string =>
  text.replace(/[\x21-\x7e]{24,}/g, (w) => w.replace(/(.{12})/g, "$1\u200b"));

/** A body paragraph: 3号 仿宋, first line indented two characters, 28-point lines. */
export function bodyParagraph(text: string, role: FontRole = "body", keepNext = false): Paragraph {
  return new Paragraph({
    children: [run(breakable(text), role)],
    keepNext: keepNext || role !== "body",
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: 2 * CHAR },
    spacing: LINE.body,
  });
}

/** Relative widths of the summary table's columns (序号 单位 年度 错误 警告 确认问题 审核结论). */
const SUMMARY_WIDTHS = [7, 37, 10, 9, 9, 13, 15];

function cell(text: string, width: number, header: boolean, left: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 60, right: 60, top: 40, bottom: 40 },
    children: [
      new Paragraph({
        alignment: left && !header ? AlignmentType.LEFT : AlignmentType.CENTER,
        spacing: LINE.table,
        children: [run(text, header ? "heading1" : "body", SIZE.table)],
      }),
    ],
  });
}

const line = { style: BorderStyle.SINGLE, size: 4, color: "000000" };

function table(columns: string[], rows: string[][]): Table {
  const weights = columns.length === SUMMARY_WIDTHS.length ? SUMMARY_WIDTHS : columns.map(() => 1);
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((TEXT_WIDTH * w) / total));
  const row = (texts: string[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: texts.map((t, i) => cell(t, widths[i] ?? 0, header, i === 1)),
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: line,
      bottom: line,
      left: line,
      right: line,
      insideHorizontal: line,
      insideVertical: line,
    },
    rows: [row(columns, true), ...rows.map((r) => row(r, false))],
  });
}

/** One block of the memo's content as Word paragraphs (or a table). */
export function blockElements(b: MemoBlock): (Paragraph | Table)[] {
  if (b.kind === "heading") return [bodyParagraph(b.text, b.level === 1 ? "heading1" : "heading2")];
  if (b.kind === "paragraph") return [bodyParagraph(b.text)];
  if (b.kind === "item") return [bodyParagraph([`${b.number}．${b.text}`, ...b.details].join(""))];
  return [table(b.columns, b.rows), new Paragraph({ spacing: LINE.body, children: [] })];
}
