import type { CustomCellRendererProps } from "ag-grid-react";
import { showValue } from "./input.js";
import type { CellView, GridRow } from "./model.js";
import { OCR_THRESHOLD } from "../../../shared/rules/index.js";
import { EMPTY_CELL_NAMES as EMPTY } from "../../../shared/messages/index.js";

/**
 * A value cell: severity colour, the printed value struck through when corrected, and an empty
 * cell said as what it is: 未填写 (the report left it blank) or 未读到 (the reader did not find it).
 */
export function ValueCell(p: CustomCellRendererProps<GridRow> & { col: string }) {
  const c: CellView | undefined = p.data?.cells[p.col];
  if (!c) return null;
  const cls = ["nb-v"];
  if (c.severity) cls.push(`nb-v-${c.severity}`);
  const unread = !c.printed && !c.correction;
  if (unread) cls.push("nb-v-missing");
  else if (c.value === null) cls.push("nb-v-blank");
  else if (typeof c.value === "string") cls.push("nb-v-text");
  if (c.correction) cls.push("nb-v-corrected");
  if (c.selected) cls.push("is-selected");
  // A scanned cell read unsurely: 待核对 until the inspector confirms or corrects it.
  if ((c.printed?.place?.confidence ?? 100) < OCR_THRESHOLD) cls.push("nb-v-unsure");
  return (
    <div className={cls.join(" ")} data-cell={c.id}>
      {c.correction && (
        <s className="nb-v-orig">{c.printed ? c.printed.text || EMPTY.blank : EMPTY.unread}</s>
      )}
      <span className="nb-v-val">
        {unread ? EMPTY.unread : c.value === null ? EMPTY.blank : showValue(c.value, c.signed)}
      </span>
      {c.remarks > 0 && <span className="nb-v-remark" aria-label="有备注" />}
    </div>
  );
}
