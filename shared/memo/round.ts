import type { Audit, AuditReport } from "../model/audit.js";
import { auditFindings } from "../audit/findings.js";
import type { Finding } from "../model/finding.js";
import { dateName } from "../messages/labels.js";
import { renderMessage } from "../messages/zh-CN.js";
import { compareRound, type RoundItem, type RoundMark } from "../rectify/round.js";
import { diffCells, changedSections } from "../rectify/diff.js";
import { GROUP_ORDER, groupOf, requirement } from "./groups.js";
import { item } from "./item.js";
import { findingPlace } from "./place.js";
import { UNKNOWN_ADDRESSEE, UNKNOWN_AGENCY, memoReports, reportName } from "./reports.js";
import { stampLines } from "./stamp.js";
import type { Memo, MemoBlock, MemoOptions } from "./types.js";

const NAME_WORDS = ["政府信息公开", "工作年度报告", "整改情况的", "复核意见"];
const PARTS: [RoundMark, string][] = [
  ["fixed", "已整改的问题"],
  ["open", "尚未整改的问题"],
  ["new", "整改后文本新发现的问题"],
];

function itemBlock(f: Finding, n: number, a: AuditReport): MemoBlock {
  const place = findingPlace(f.cells, a.report.cells, a.corrections, a.report.template);
  return item({ severity: f.severity, message: renderMessage(f), place, note: "" }, n, "");
}

/** The 整改复核意见 of a corrected report: what the first round raised, fixed or not, and what is new. */
export function roundMemo(audit: Audit, revised: AuditReport, o: MemoOptions): Memo | null {
  const original = audit.reports.find((r) => r.id === revised.round?.of);
  if (!original) return null;
  const checked = auditFindings(audit);
  const all = checked.map((c) => c.report);
  const at = (x: AuditReport) => audit.reports.indexOf(x);
  const findingsOf = (x: AuditReport) => checked[at(x)]?.findings ?? [];
  const items = compareRound(original, findingsOf(original), findingsOf(revised));
  const r = all[at(revised)];
  if (!r) return null;
  const name = reportName(r.agency, r.year);
  const of = (m: RoundMark) => items.filter((i) => i.mark === m);
  const cells = diffCells(all[at(original)] ?? r, r);
  const sections = changedSections(all[at(original)] ?? r, r);
  const raised = of("fixed").length + of("open").length;
  const still: RoundItem[] = [...of("open"), ...of("new")];
  const summary =
    `原审核意见指出问题${raised}个。经复核，已整改${of("fixed").length}个，未整改${of("open").length}个；` +
    `整改后文本新发现问题${of("new").length}个。整改后文本修改表格数据${cells.length}处` +
    (sections.length ? `，正文修改${sections.length}个部分` : "，正文未作修改") +
    "。";
  const body: MemoBlock[] = [
    {
      kind: "paragraph",
      text: `根据《中华人民共和国政府信息公开条例》和审核意见的整改要求，我们对你单位报送的《${name}》整改后文本（第${revised.round?.no ?? 2}轮）进行了复核。现将复核意见反馈如下。`,
    },
    { kind: "heading", level: 1, text: "一、复核情况" },
    { kind: "paragraph", text: summary },
  ];
  let h = 1;
  for (const [mark, title] of PARTS) {
    const list = of(mark);
    if (!list.length) continue;
    body.push({ kind: "heading", level: 1, text: `${"二三四五"[h - 1]}、${title}` });
    h++;
    list.forEach((i, n) =>
      body.push(itemBlock(i.now ?? i.finding, n + 1, mark === "fixed" ? original : revised)),
    );
  }
  if (still.length) {
    const groups = GROUP_ORDER.filter((g) => still.some((i) => groupOf(i.finding.rule) === g));
    body.push(
      { kind: "heading", level: 1, text: `${"二三四五六"[h - 1]}、整改要求` },
      {
        kind: "paragraph",
        text: `${groups.map((g) => requirement(g, r.template)).join("；")}。请对上述尚未整改和新发现的问题继续整改，修改完善后重新公开，并将整改情况书面报送。特此函告。`,
      },
    );
  } else
    body.push({
      kind: "paragraph",
      text: "原审核意见指出的问题均已整改到位，复核通过。特此函告。",
    });
  const reports = memoReports(audit, [original.id, revised.id], "confirmed");
  return {
    title: `关于${name.replace(/政府信息公开工作年度报告$/, "")}政府信息公开工作年度报告整改情况的复核意见`,
    titleParts: [
      "关于",
      r.agency || UNKNOWN_AGENCY,
      ...(r.year === null ? [] : [`${r.year}年`]),
      ...NAME_WORDS,
    ],
    addressee: o.addressee.trim() || r.agency || UNKNOWN_ADDRESSEE,
    body,
    attachment: null,
    office: o.office.trim(),
    date: dateName(o.date),
    reports: reports.filter((m) => m.id === revised.id),
    summary: [],
    stamp: stampLines(reports, o.app),
  };
}
