import { cellName } from "../../../shared/messages/index.js";
import { stamp } from "../../app/format.js";
import { showValue } from "./input.js";
import type { CellView } from "./model.js";

const MARK = { error: "✕", warning: "!", info: "i" } as const;

/** The cell's tooltip: its name, printed and corrected value, and its findings' sentences. */
export function cellTooltip(c: CellView, template?: string): string {
  const lines = [cellName(c.id, template)];
  const printed = c.printed;
  if (c.correction) {
    lines.push(`原值：${printed ? printed.text || "（空白）" : "（未读到）"}`);
    lines.push(
      `更正为：${showValue(c.correction.value, c.signed) || "（空白）"}（${c.correction.by}，${stamp(c.correction.at)}）`,
    );
  } else if (!printed) lines.push("报告中未读到此单元格");
  else if (printed.value === null) lines.push("空白：报告未填写此单元格");
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
