import type { CustomCellRendererProps } from "ag-grid-react";
import { showValue } from "./input.js";
import type { CellView, GridRow } from "./model.js";
import { OCR_THRESHOLD } from "../../../shared/rules/index.js";

/** A value cell: severity colour, blank mark, the printed value struck through when corrected. */
export function ValueCell(p: CustomCellRendererProps<GridRow> & { col: string }) {
  const c: CellView | undefined = p.data?.cells[p.col];
  if (!c) return null;
  const cls = ["nb-v"];
  if (c.severity) cls.push(`nb-v-${c.severity}`);
  if (c.value === null) cls.push("nb-v-blank");
  else if (typeof c.value === "string") cls.push("nb-v-text");
  if (c.correction) cls.push("nb-v-corrected");
  if (c.selected) cls.push("is-selected");
  if (!c.printed) cls.push("nb-v-missing");
  // A scanned cell read unsurely: 待核对 until the inspector confirms or corrects it.
  if ((c.printed?.place?.confidence ?? 100) < OCR_THRESHOLD) cls.push("nb-v-unsure");
  return (
    <div className={cls.join(" ")} data-cell={c.id}>
      {c.correction && <s className="nb-v-orig">{c.printed?.text || "空"}</s>}
      <span className="nb-v-val">{c.value === null ? "空白" : showValue(c.value, c.signed)}</span>
      {c.remarks > 0 && <span className="nb-v-remark" aria-label="有备注" />}
    </div>
  );
}
