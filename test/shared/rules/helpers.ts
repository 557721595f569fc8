import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import {
  emptyReport,
  type Level,
  type Report,
  type Section,
  type SectionNo,
  type TemplateVersion,
} from "../../../shared/model/report.js";

export const FIXTURES = join(import.meta.dirname, "..", "..", "fixtures");

/** A report with nothing in it but what the test sets. */
export function makeReport(over: Partial<Report> = {}): Report {
  return { ...emptyReport("txt"), ...over };
}

/** Cells {id: value} as the parser would fill them (text = String(value), span [0, 0]). */
export function cellsOf(values: Record<string, number | string | null>): Report["cells"] {
  const cells: Report["cells"] = {};
  for (const [id, value] of Object.entries(values))
    cells[id] = { value, text: value === null ? "" : String(value), span: [0, 0] };
  return cells;
}

const HEADINGS: [SectionNo, RegExp][] = [
  [1, /^(总体情况|基本情况)$/],
  [2, /^主动公开政府信息情况$/],
  [3, /^收到和处理政府信息公开申请情况$/],
  [4, /^政府信息公开行政复议、?行政诉讼情况$/],
  [5, /^存在.*(问题|困难).*改进/],
  [6, /^其他需要报告的事项$/],
];
const NUMBERING = /^(?:[一二三四五六]、|\d、|\d\.|[（(][一二三四五六][）)])\s*/;

/** Section headings of a text, found line by line (a stand-in for the parser in these tests). */
export function findSections(text: string): Section[] {
  const found: Omit<Section, "body">[] = [];
  let at = 0;
  for (const line of text.split("\n")) {
    const bare = line.replace(/^#+\s*/, "").trim();
    const m = NUMBERING.exec(bare);
    const words = m ? bare.slice(m[0].length).trim() : "";
    const hit = m && HEADINGS.find(([, re]) => re.test(words));
    const seen = hit && found.some((s) => s.no === hit[0]);
    if (hit && !seen) found.push({ no: hit[0], heading: bare, span: [at, at + line.length] });
    at += line.length + 1;
  }
  return found.map((s, i) => ({ ...s, body: [s.span[1], found[i + 1]?.span[0] ?? text.length] }));
}

function decode(bytes: Buffer): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

function titleOf(text: string): string {
  const lines = text
    .split("\n")
    .map((l) => l.replace(/^#+\s*/, "").trim())
    .filter(Boolean);
  const [a = "", b = ""] = lines;
  return /^\d{4}年/.test(b) && !/\d{4}年/.test(a) ? a + b : a;
}

interface Expected {
  agency: string;
  year: number;
  template: TemplateVersion;
  level: Level;
  published: string | null;
  cells: Record<string, number | string | null>;
  expected: { rule: string; cells: string[] }[];
}

export function readExpected(path: string): Expected {
  return JSON.parse(readFileSync(join(FIXTURES, path), "utf8")) as Expected;
}

/** A report built from an expected.json, with the text of the sample's .txt when there is one. */
export function fromExpected(path: string): Report {
  const e = readExpected(path);
  const source = join(
    FIXTURES,
    path.replace(/\.expected\.json$/, "").replace(/\.(docx|pdf)$/, ".txt"),
  );
  const text = existsSync(source) ? decode(readFileSync(source)).replace(/\r\n?/g, "\n") : "";
  const has = (t: string) => Object.keys(e.cells).some((id) => id.startsWith(t));
  return makeReport({
    title: titleOf(text),
    agency: e.agency,
    year: e.year,
    template: e.template,
    level: e.level,
    published: e.published ?? null,
    sections: findSections(text),
    text,
    cells: cellsOf(e.cells),
    tables: { 2: has("t2."), 3: has("t3."), 4: has("t4.") },
  });
}
