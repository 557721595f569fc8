import { dateName } from "../messages/labels.js";
import {
  DISMISSED_TITLE,
  PASSED,
  closing,
  countsText,
  opening,
  statedCounts,
  unfinished,
} from "./phrases.js";
import { UNKNOWN_ADDRESSEE, UNKNOWN_AGENCY } from "./reports.js";
import { summaryRows, SUMMARY_COLUMNS, yearsTitle } from "./summary.js";
import type { Conclusion, Memo, MemoBlock, MemoFinding, MemoOptions, MemoReport } from "./types.js";

import { GROUP_ORDER, groupOf, requirement } from "./groups.js";
import { stampLines } from "./stamp.js";
import { item, sentence } from "./item.js";

const NAME_WORDS = ["政府信息公开", "工作年度报告", "的审核意见"];

const CN = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
/** 1 → 一, 12 → 十二, 21 → 二十一 (the numbering of 公文 headings). */
export function cn(n: number): string {
  if (n <= 10) return CN[n - 1] ?? String(n);
  if (n >= 100) return String(n);
  const tens = Math.floor(n / 10);
  return `${tens > 1 ? CN[tens - 1] : ""}十${CN[(n % 10) - 1] ?? ""}`;
}

/** The stated problems under their group (发布时限 … 内容雷同), numbered through. */
function groupedItems(stated: readonly MemoFinding[]): MemoBlock[] {
  const out: MemoBlock[] = [];
  let n = 0;
  GROUP_ORDER.forEach((g) => {
    const of = stated.filter((f) => groupOf(f.rule) === g);
    if (!of.length) return;
    out.push({ kind: "paragraph", text: `${g}方面（${of.length}个）：` });
    for (const f of of) out.push(item(f, ++n, "审核人员意见"));
  });
  return out;
}

/** One 整改要求 sentence for the groups the report's problems fall into. */
function requirements(m: MemoReport, stated: readonly MemoFinding[]): string {
  const groups = GROUP_ORDER.filter((g) => stated.some((f) => groupOf(f.rule) === g));
  const asks = groups.map((g) => requirement(g, m.template));
  return `整改要求：${asks.join("；")}。请修改完善后重新公开，并将整改情况书面报送。`;
}

/** The parts of one report: checked, findings, corrections, remarks; `level` of their headings. */
function reportBlocks(m: MemoReport, level: 1 | 2): MemoBlock[] {
  const out: MemoBlock[] = [];
  const parts: [string, MemoBlock[]][] = [];
  const stated = m.findings.filter((f) => f.stated);
  const checked: MemoBlock[] = [{ kind: "paragraph", text: `${m.checked}${countsText(m)}` }];
  if (m.people) checked.push({ kind: "paragraph", text: m.people });
  parts.push(["审核情况", checked]);
  parts.push([
    "存在的问题",
    [
      ...(stated.length
        ? [...groupedItems(stated), { kind: "paragraph" as const, text: requirements(m, stated) }]
        : []),
      ...(m.unjudged ? [{ kind: "paragraph" as const, text: unfinished(m.unjudged) }] : []),
      ...(!stated.length && !m.unjudged ? [{ kind: "paragraph" as const, text: PASSED }] : []),
    ],
  ]);
  if (m.corrections.length)
    parts.push([
      "审核中更正的数据",
      m.corrections.map((c, i) => ({
        kind: "item",
        number: i + 1,
        text: `${c.text}。`,
        details: [],
      })),
    ]);
  if (m.remarks.length)
    parts.push([
      "其他意见",
      m.remarks.map((t, i) => ({ kind: "item", number: i + 1, text: sentence(t), details: [] })),
    ]);
  parts.forEach(([title, blocks], i) => {
    const text = level === 1 ? `${cn(i + 1)}、${title}` : `（${cn(i + 1)}）${title}`;
    out.push({ kind: "heading", level, text }, ...blocks);
  });
  return out;
}

function attachment(reports: readonly MemoReport[]): Memo["attachment"] {
  const withDismissed = reports.filter((r) => r.dismissed > 0);
  if (!withDismissed.length) return null;
  const body = withDismissed.flatMap((r, i): MemoBlock[] => [
    { kind: "heading", level: 1, text: `${cn(i + 1)}、${r.name}` },
    ...r.findings.filter((f) => f.status === "dismissed").map((f, j) => item(f, j + 1, "排除理由")),
  ]);
  return { title: DISMISSED_TITLE, body };
}

/** One report's memo: 关于××2020年政府信息公开工作年度报告的审核意见. */
export function reportMemo(m: MemoReport, o: MemoOptions): Memo {
  return {
    title: `关于${m.name}的审核意见`,
    titleParts: [
      "关于",
      m.agency || UNKNOWN_AGENCY,
      ...(m.year === null ? [] : [`${m.year}年`]),
      ...NAME_WORDS,
    ],
    addressee: o.addressee.trim() || m.agency || UNKNOWN_ADDRESSEE,
    body: [
      { kind: "paragraph", text: opening(`你单位报送的《${m.name}》`) },
      ...reportBlocks(m, 1),
      { kind: "paragraph", text: closing([m]) },
    ],
    attachment: o.includeDismissed ? attachment([m]) : null,
    office: o.office.trim(),
    date: dateName(o.date),
    reports: [m],
    summary: summaryRows([m]),
    stamp: stampLines([m], o.app),
  };
}

/** The overview of a set: how many reports, what was found, which need work, which are unfinished. */
function overviewText(reports: readonly MemoReport[]): string {
  const count = (c: Conclusion) => reports.filter((r) => r.conclusion === c).length;
  const [failed, open, passed] = [count("需整改"), count("未审完"), count("通过")];
  const judged = reports.some((r) => r.findings.some((f) => f.status !== "open"));
  const parts = [
    `本次共审核年度报告${reports.length}份。经规则检查${judged ? "和人工核实" : ""}，共发现需要整改的问题${statedCounts(reports)}${failed ? `，涉及报告${failed}份` : ""}`,
  ];
  if (open) parts.push(`${open}份报告尚有未经判定的错误和警告，审核尚未完成`);
  if (passed) parts.push(`${passed}份报告未发现需要整改的问题，审核通过`);
  return `${parts.join("；")}。各报告审核情况见下表。`;
}

/** The reports that passed, in one sentence: they need no section of their own. */
function passedSentence(passed: readonly MemoReport[]): MemoBlock[] {
  if (!passed.length) return [];
  const names = passed.map((r) => `《${r.name}》`).join("、");
  return [{ kind: "paragraph", text: `以下报告未发现需要整改的问题，审核通过：${names}。` }];
}

/** Everyone who judged and who signed off in the set, once each. */
function setPeople(reports: readonly MemoReport[]): MemoBlock[] {
  const once = (xs: string[]) => [...new Set(xs.filter(Boolean))].join("、");
  const judges = once(reports.flatMap((r) => r.judges));
  const reviewers = once(reports.map((r) => r.reviewer));
  const parts = [judges && `审核人员：${judges}`, reviewers && `复核人员：${reviewers}`];
  const text = parts.filter(Boolean).join("；");
  return text ? [{ kind: "paragraph", text: `${text}。` }] : [];
}

/** One memo for a set: an overview with the summary table, then a section per report to work on. */
export function setMemo(reports: readonly MemoReport[], o: MemoOptions): Memo {
  const todo = reports.filter((r) => !r.passed);
  const sections = todo.flatMap((r, i): MemoBlock[] => [
    { kind: "heading", level: 1, text: `${cn(i + 2)}、${r.name}` },
    ...reportBlocks(r, 2),
  ]);
  const rows = summaryRows(reports);
  return {
    title: `关于${yearsTitle(reports)}政府信息公开工作年度报告的审核意见`,
    titleParts: ["关于", yearsTitle(reports), ...NAME_WORDS].filter(Boolean),
    addressee: o.addressee.trim() || "各有关单位",
    body: [
      { kind: "paragraph", text: opening(`报送的${reports.length}份政府信息公开工作年度报告`) },
      { kind: "heading", level: 1, text: "一、总体情况" },
      { kind: "paragraph", text: overviewText(reports) },
      {
        kind: "table",
        columns: SUMMARY_COLUMNS,
        rows: rows.map((s, i) => [
          String(i + 1),
          s.agency,
          s.year,
          String(s.errors),
          String(s.warnings),
          String(s.stated),
          s.status,
        ]),
      },
      ...passedSentence(reports.filter((r) => r.passed)),
      ...setPeople(reports),
      ...sections,
      { kind: "paragraph", text: closing(reports) },
    ],
    attachment: o.includeDismissed ? attachment(reports) : null,
    office: o.office.trim(),
    date: dateName(o.date),
    reports: [...reports],
    summary: rows,
    stamp: stampLines(reports, o.app),
  };
}
