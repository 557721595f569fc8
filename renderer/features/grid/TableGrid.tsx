import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { AgGridReact } from "ag-grid-react";
import type { CellClickedEvent, GetRowIdParams, RowHeightParams } from "ag-grid-community";
import { compactTheme, gridTheme } from "./theme.js";
import { columnDefs, type EditHandler } from "./columns.js";
import { COMPACT_ROW, labelRowHeight } from "./layout.js";
import type { GridRow, TableBlock } from "./model.js";

export interface TableGridProps {
  block: TableBlock;
  widths: readonly number[];
  editable: boolean;
  template: string;
  /** Fill the container (and scroll) instead of growing to fit the rows. */
  fill: boolean;
  /** A short window: one line a row, dense headers. */
  compact: boolean;
  /** Its place among the pane's tables: each is built in a task of its own, in order. */
  order?: number;
  focus: { cell: string; seq: number } | null;
  onEdit: EditHandler;
  onCell: (cellId: string) => void;
}

const rowId = (p: GetRowIdParams<GridRow>) => p.data.key;

/** One ag-grid table of a block; edits and clicks go out by cell id. */
export function TableGrid(p: TableGridProps) {
  const ref = useRef<AgGridReact<GridRow>>(null);
  const { onEdit, block, widths, editable, template } = p;
  const handlers = useRef({ onEdit });
  handlers.current.onEdit = onEdit;
  const cols = useMemo(
    () =>
      columnDefs(block, widths, editable, (id, raw) => handlers.current.onEdit(id, raw), template),
    // Columns depend on the table's shape only; rows carry the values.
    [block.id, block.columns, widths, editable, template],
  );
  const compact = p.compact;
  // Each grid is built in a task of its own after the pane is drawn: a report opened while an
  // import runs drew the source, the findings and table 二's six ag-grids in one long task.
  const [ready, setReady] = useState(false);
  const order = p.order ?? 0;
  useEffect(() => {
    const t = setTimeout(() => setReady(true), order * 16);
    return () => clearTimeout(t);
  }, [order]);
  const rowHeight = useCallback(
    (r: RowHeightParams<GridRow>) =>
      r.data?.height ??
      (compact ? COMPACT_ROW : r.data ? labelRowHeight(r.data.labels, widths) : 28),
    [widths, compact],
  );

  useEffect(() => {
    const api = ref.current?.api;
    const f = p.focus;
    if (!api || !f) return;
    for (const row of block.rows)
      for (const [col, c] of Object.entries(row.cells)) {
        if (c.id !== f.cell) continue;
        const node = api.getRowNode(row.key);
        if (!node) return;
        api.ensureNodeVisible(node, "middle");
        api.ensureColumnVisible(col, "auto");
        api.flashCells({ rowNodes: [node], columns: [col], flashDuration: 700, fadeDuration: 700 });
        return;
      }
  }, [p.focus?.seq, ready]);

  const onCellClicked = (e: CellClickedEvent<GridRow>) => {
    const c = e.data?.cells[e.column.getColId()];
    if (c) p.onCell(c.id);
  };
  return (
    <div
      className={`nb-grid${p.fill ? " nb-grid-fill" : ""}${compact ? " is-compact" : ""}`}
      data-block={block.id}
    >
      {ready && (
        <AgGridReact<GridRow>
          ref={ref}
          theme={compact ? compactTheme : gridTheme}
          rowData={block.rows}
          columnDefs={cols}
          getRowId={rowId}
          getRowHeight={rowHeight}
          domLayout={p.fill ? "normal" : "autoHeight"}
          suppressMovableColumns
          suppressRowVirtualisation
          suppressColumnVirtualisation
          suppressCellFocus={false}
          stopEditingWhenCellsLoseFocus
          singleClickEdit={false}
          tooltipShowDelay={350}
          tooltipHideDelay={15000}
          defaultColDef={DEFAULT_COL}
          onCellClicked={onCellClicked}
          localeText={LOCALE}
        />
      )}
    </div>
  );
}

// Constant: a new defaultColDef (or getRowHeight) object makes ag-grid rebuild every column.
const DEFAULT_COL = {
  resizable: true,
  wrapHeaderText: true,
  autoHeaderHeight: true,
  suppressHeaderMenuButton: true,
} as const;
const LOCALE = { noRowsToShow: "无数据", loadingOoo: "加载中…" };
