import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { ReadErrorCode } from "../../shared/model/errors.js";
import type { Report } from "../../shared/model/report.js";
import { bombEntry, docx, nestedTables, table } from "./gen/docx.js";
import { encrypted, imageOnly, textPages } from "./gen/pdf.js";
import { editBody } from "./gen/rezip.js";
import { mixEncodings, noise, repeatTableRows } from "./gen/text.js";

const dir = (d: string) => fileURLToPath(new URL(`../fixtures/${d}/`, import.meta.url));
export const fixture = (d: string, name: string) => new Uint8Array(readFileSync(dir(d) + name));
const corpus = (name: string) => fixture("corpus", name);
const utf8 = (s: string) => new TextEncoder().encode(s);
const text = (name: string) => readFileSync(dir("corpus") + name, "utf8");

/** What reading a case must give: an error code, or a report (with these reader messages). */
export type Outcome =
  | { code: ReadErrorCode }
  | { ok: true; messages?: string[]; like?: string; check?: (r: Report) => boolean };

export interface BadInput {
  name: string;
  /** The file name it is read under (the extension may lie). */
  file: string;
  bytes: () => Uint8Array | Promise<Uint8Array>;
  expect: Outcome;
}

/** A line break, NUL, BEL, ESC, backspace and a C1 control in every prose line. */
function withControls(t: string): string {
  return t
    .split("\n")
    .map((l, i) => (/\t/.test(l) || i % 3 ? l : `${l}\u0000\u0007`))
    .join("\n")
    .replace(/。/g, "。\u001b\b\u0085");
}

/** Every number of the tables printed with 30 digits. */
const thirtyDigits = (t: string) =>
  t.replace(/\t(\d+)(?=\t|$)/gm, (_, d: string) => `\t${d.padStart(30, "9")}`);

/** Every generated bad input, one behaviour each (issue 8). */
export const BAD_INPUTS: BadInput[] = [
  {
    name: "zero bytes (.txt)",
    file: "空.txt",
    bytes: () => new Uint8Array(),
    expect: { code: "EMPTY_FILE" },
  },
  {
    name: "zero bytes (.docx)",
    file: "空.docx",
    bytes: () => new Uint8Array(),
    expect: { code: "EMPTY_FILE" },
  },
  {
    name: "zero bytes (.pdf)",
    file: "空.pdf",
    bytes: () => new Uint8Array(),
    expect: { code: "EMPTY_FILE" },
  },
  {
    name: "truncated .docx",
    file: "截断.docx",
    bytes: () => corpus("001_8a851489e2403959.docx").slice(0, 9000),
    expect: { code: "DOCX_CORRUPT" },
  },
  {
    name: "truncated .pdf",
    file: "截断.pdf",
    bytes: () => {
      const b = corpus("001_8a851489e2403959.pdf");
      return b.slice(0, Math.floor(b.length * 0.6));
    },
    expect: { code: "PDF_CORRUPT" },
  },
  {
    name: ".docx zip bomb (1 GB body in 1 MB)",
    file: "炸弹.docx",
    bytes: () => docx(bombEntry(1024)),
    expect: { code: "TOO_COMPLEX" },
  },
  {
    name: ".docx zip bomb whose headers declare 4 KB",
    file: "炸弹2.docx",
    bytes: () => docx(bombEntry(1024, 4096)),
    expect: { code: "DOCX_CORRUPT" },
  },
  {
    name: ".docx with 3000 nested tables",
    file: "嵌套.docx",
    bytes: () => docx(nestedTables(3000)),
    expect: { code: "TOO_COMPLEX" },
  },
  {
    name: "a real .docx with 3000 more tables after its own",
    file: "多表.docx",
    bytes: () =>
      editBody(corpus("002_6e005d299800cb62.docx"), (xml) =>
        xml.replace(
          /<w:sectPr/,
          Array.from({ length: 3000 }, (_, i) => table([[`附表${i}`, String(i)]])).join("") +
            "<w:sectPr",
        ),
      ),
    expect: { ok: true, like: "002_6e005d299800cb62.docx" },
  },
  { name: "encrypted .pdf", file: "加密.pdf", bytes: encrypted, expect: { code: "PDF_ENCRYPTED" } },
  {
    name: "image-only .pdf",
    file: "扫描件.pdf",
    bytes: imageOnly,
    // No text layer: recognised by OCR, and an image with no table in it is no report.
    expect: { code: "OCR_UNREADABLE" },
  },
  {
    name: "500-page .pdf",
    file: "500页.pdf",
    bytes: () => textPages(500),
    expect: { code: "TOO_COMPLEX" },
  },
  {
    name: "50 MB .txt",
    file: "50MB.txt",
    bytes: () => utf8(text("002_6e005d299800cb62.txt").repeat(Math.ceil(50e6 / 6852))),
    expect: { code: "FILE_TOO_LARGE" },
  },
  {
    name: "7 MB .txt: under the byte limit, over the text limit",
    file: "7MB.txt",
    bytes: () => utf8("一、总体情况\n" + "a".repeat(7e6)),
    expect: { code: "TOO_COMPLEX" },
  },
  {
    name: "binary data named .txt",
    file: "二进制.txt",
    bytes: () => noise(65536),
    expect: { code: "NOT_TEXT" },
  },
  {
    name: "a .pdf renamed .docx",
    file: "改名.docx",
    bytes: () => corpus("002_6e005d299800cb62.pdf"),
    expect: { ok: true, messages: ["EXTENSION_MISMATCH"], like: "002_6e005d299800cb62.pdf" },
  },
  {
    name: "a .docx renamed .pdf",
    file: "改名.pdf",
    bytes: () => corpus("002_6e005d299800cb62.docx"),
    expect: { ok: true, messages: ["EXTENSION_MISMATCH"], like: "002_6e005d299800cb62.docx" },
  },
  {
    name: "UTF-8 and GB18030 lines in one file",
    file: "混合编码.txt",
    bytes: () => mixEncodings(fixture("examples", "e002.txt")),
    expect: { ok: true, messages: ["MIXED_ENCODING"], like: "examples/e002.txt" },
  },
  {
    name: "a UTF-8 report with one damaged byte in its prose",
    file: "坏字节.txt",
    bytes: () => {
      const b = corpus("002_6e005d299800cb62.txt");
      b[Buffer.from(b).indexOf("总体情况") + 1] = 0xff;
      return b;
    },
    expect: { ok: true, messages: ["ENCODING_DAMAGED"], like: "002_6e005d299800cb62.txt" },
  },
  {
    name: "a report without tables",
    file: "无表.txt",
    bytes: () => utf8(text("002_6e005d299800cb62.txt").replace(/^.*\t.*$/gm, "")),
    expect: { code: "NO_TABLES" },
  },
  {
    name: "tables with every row printed 10 times",
    file: "十倍行.txt",
    bytes: () => utf8(repeatTableRows(text("002_6e005d299800cb62.txt"), 10)),
    expect: { ok: true, like: "002_6e005d299800cb62.txt" },
  },
  {
    name: "that report repeated up to the text limit (1.95 million characters)",
    file: "上限.txt",
    bytes: () => {
      const once = repeatTableRows(text("002_6e005d299800cb62.txt"), 10);
      return utf8(once.repeat(Math.floor(1_950_000 / once.length)));
    },
    expect: { ok: true },
  },
  {
    name: "numbers with 30 digits",
    file: "30位.txt",
    bytes: () => utf8(thirtyDigits(text("002_6e005d299800cb62.txt"))),
    expect: {
      ok: true,
      // A number past 15 digits cannot be held exactly: it is kept as the printed string.
      check: (r) => {
        const long = Object.values(r.cells).filter((c) => /^\d{30}$/.test(c.text));
        return long.length > 20 && long.every((c) => c.value === c.text);
      },
    },
  },
  {
    name: "NUL bytes and control characters",
    file: "控制字符.txt",
    bytes: () => utf8(withControls(text("002_6e005d299800cb62.txt"))),
    expect: { ok: true, like: "002_6e005d299800cb62.txt" },
  },
  {
    name: "mostly control characters",
    file: "控制字符2.txt",
    bytes: () => utf8("一、总体情况\n" + "\u0001\u0002\u0003\u0004".repeat(200)),
    expect: { code: "NOT_TEXT" },
  },
  {
    name: "random bytes named .docx and .pdf",
    file: "随机.docx",
    bytes: () => noise(20000, 9),
    expect: { code: "DOCX_CORRUPT" },
  },
  {
    name: "a .pdf header over random bytes",
    file: "随机.pdf",
    bytes: () => new Uint8Array([...utf8("%PDF-1.7\n"), ...noise(20000, 5)]),
    expect: { code: "PDF_CORRUPT" },
  },
  {
    name: "an unknown extension",
    file: "报告.xls",
    bytes: () => noise(3000, 3),
    expect: { code: "UNSUPPORTED_FORMAT" },
  },
];
