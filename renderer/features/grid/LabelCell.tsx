import type { CustomCellRendererProps } from "ag-grid-react";
import type { GridRow } from "./model.js";

/**
 * A row label. Where the template merges a label over several rows, the first row draws it over
 * the whole run (the rows below leave their label cell transparent).
 */
export function LabelCell(p: CustomCellRendererProps<GridRow> & { i: number }) {
  const r = p.data;
  if (!r || r.mergeUp?.[p.i]) return null;
  const text = r.labels[p.i] ?? "";
  const run = r.runs?.[p.i];
  if (run && r.height && run > r.height)
    return (
      <div className="nb-label-run" style={{ height: run }}>
        <span>{text}</span>
      </div>
    );
  return <span className="nb-label-text">{text}</span>;
}
