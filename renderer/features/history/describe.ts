import type { HistoryEntry } from "../../../shared/model/history.js";
import { VERDICT_NAMES, cellName } from "../../../shared/messages/index.js";
import type { VerdictStatus } from "../../../shared/model/audit.js";
import { currentKey } from "../../../shared/model/finding.js";

const str = (x: unknown) =>
  typeof x === "string" ? x : x === null || x === undefined ? "" : String(x);

function value(x: unknown): string {
  if (x === null || x === undefined || x === "") return "（无值）";
  return str(x);
}

function verdictName(x: unknown): string {
  return typeof x === "string" && x in VERDICT_NAMES ? VERDICT_NAMES[x as VerdictStatus] : "无判定";
}

/** The rule a finding key names (rule|code|…). */
export function keyRule(key: unknown): string {
  return str(key).split("|")[0] ?? "";
}

/** One history entry as a sentence of the timeline; `count` findings judged as one line. */
export function describeEntry(e: HistoryEntry, count = 1): string {
  const d = e.detail;
  switch (e.kind) {
    case "import":
      return `导入文件「${str(d.fileName)}」`;
    case "import-failed":
      return `导入失败「${str(d.fileName)}」`;
    case "skip":
      return `跳过非报告文件「${str(d.fileName)}」`;
    case "correction":
      // cellName quotes the cell itself: 「行政许可·处理决定数量」.
      return `更正${cellName(str(d.cell))}：${value(d.from)} → ${value(d.to)}`;
    case "verdict": {
      const rule = `${keyRule(d.key)}${count > 1 ? `（${count}处）` : ""}`;
      if (d.status === null) return `撤销 ${rule} 的判定（原为${verdictName(d.from)}）`;
      const note = str(d.note) ? `：${str(d.note)}` : "";
      const was = d.from ? `（原为${verdictName(d.from)}）` : "";
      return `判定 ${rule} 为${verdictName(d.status)}${was}${note}`;
    }
    case "remark":
      return `添加备注：${str(d.text)}`;
    case "remark-delete":
      return "删除一条备注";
    case "meta": {
      const parts = [
        d.agency !== undefined && `发布机关「${str(d.agency) || "（恢复识别值）"}」`,
        d.level !== undefined && `层级 ${str(d.level)}`,
        d.year !== undefined && `年度 ${str(d.year)}`,
      ].filter(Boolean);
      return `修改报告信息：${parts.join("，")}`;
    }
    case "sign-off":
      return `复核签字${str(d.note) ? `：${str(d.note)}` : ""}`;
    case "remove":
      return `移除报告「${str(d.fileName)}」`;
    case "inspector":
      return `检查人员由「${str(d.from)}」改为「${str(d.to)}」`;
    case "export":
      return `导出${Array.isArray(d.files) ? `「${d.files.map(str).join("」「")}」` : "审核结果"}`;
    case "rule-pack": {
      if (d.fileName === null) return `恢复默认规则（不再使用规则包「${str(d.from)}」）`;
      const name = str(d.name) ? `（${str(d.name)}）` : "";
      return `载入规则包「${str(d.fileName)}」${name}：${str(d.changes)}`;
    }
    case "round":
      return `导入整改后报告「${str(d.fileName)}」（第${str(d.round)}轮）`;
    default:
      return e.kind;
  }
}

/** Whether an entry concerns a finding: its verdicts, and the edits of the cells it names. */
export function concernsFinding(e: HistoryEntry, key: string, cells: readonly string[]): boolean {
  // Entries saved before version 3 recorded the long key: compared by what it is now.
  if (e.kind === "verdict") return currentKey(str(e.detail.key)) === key;
  if (e.kind === "correction") return cells.includes(str(e.detail.cell));
  return false;
}
