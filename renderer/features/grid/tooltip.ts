import { EMPTY_CELL_NAMES as EMPTY, cellName } from "../../../shared/messages/index.js";
import { stamp } from "../../app/format.js";
import { showValue } from "./input.js";
import type { CellView } from "./model.js";

const MARK = { error: "✕", warning: "!", info: "i" } as const;

/** The cell's tooltip: its name, printed and corrected value, and its findings' sentences. */
export function cellTooltip(c: CellView, template?: string): string {
  const lines = [cellName(c.id, template)];
  const printed = c.printed;
  if (c.correction) {
    lines.push(`原值：${printed ? printed.text || `（${EMPTY.blank}）` : `（${EMPTY.unread}）`}`);
    lines.push(
      `更正为：${showValue(c.correction.value, c.signed) || `（${EMPTY.blank}）`}（${c.correction.by}，${stamp(c.correction.at)}）`,
    );
  } else if (!printed)
    lines.push(`${EMPTY.unread}：未能从原文读出此单元格（不是报告留空），请对照原文双击填写`);
  else if (printed.value === null) lines.push(`${EMPTY.blank}：报告此单元格留空`);
  else if (typeof printed.value === "string") lines.push(`填写为「${printed.text}」，不是数字`);
  else if (
    printed.text &&
    printed.text !== showValue(printed.value, c.signed) &&
    printed.text !== String(printed.value)
  )
    lines.push(`原文印作「${printed.text}」`);
  for (const n of c.notes) lines.push(`${MARK[n.severity]} ${n.text}`);
  if (c.remarks) lines.push(`备注 ${c.remarks} 条`);
  return lines.join("\n");
}
