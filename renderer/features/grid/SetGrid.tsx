import { AgGridReact } from "ag-grid-react";
import type { ColDef, GetRowIdParams, RowClickedEvent } from "ag-grid-community";
import { gridTheme } from "./theme.js";
import { DEADLINE_NAMES, type OverviewRow } from "./set-rows.js";
import { SEVERITY_NAMES } from "../../../shared/messages/index.js";

const count = (cls: string): ColDef<OverviewRow> => ({
  width: 62,
  type: "numericColumn",
  cellClass: (p) => (Number(p.value) > 0 ? `nb-set-count ${cls}` : "nb-set-count nb-set-zero"),
  sortingOrder: ["desc", "asc", null],
});

const COLUMNS: ColDef<OverviewRow>[] = [
  {
    field: "agency",
    headerName: "发布机关",
    flex: 1,
    minWidth: 170,
    tooltipField: "fileName",
    // The search finds a report by its file name too.
    getQuickFilterText: (p) => `${p.data.agency} ${p.data.fileName}`,
  },
  { field: "level", headerName: "层级", width: 112 },
  { field: "year", headerName: "年度", width: 66, type: "numericColumn" },
  { field: "template", headerName: "模板", width: 74 },
  { field: "published", headerName: "落款日期", width: 98 },
  {
    field: "deadline",
    headerName: "公布时限",
    width: 84,
    valueFormatter: (p) => DEADLINE_NAMES[p.value as OverviewRow["deadline"]] ?? "",
    getQuickFilterText: (p) => DEADLINE_NAMES[p.value as OverviewRow["deadline"]] ?? "",
    cellClass: (p) => `nb-set-deadline nb-set-deadline-${String(p.value)}`,
  },
  { field: "errors", headerName: SEVERITY_NAMES.error, ...count("nb-set-error"), sort: "desc" },
  { field: "warnings", headerName: SEVERITY_NAMES.warning, ...count("nb-set-warning") },
  { field: "infos", headerName: SEVERITY_NAMES.info, ...count("nb-set-info") },
  {
    colId: "progress",
    headerName: "审核进度",
    width: 84,
    valueGetter: (p) => (p.data && p.data.findings ? p.data.reviewed / p.data.findings : 1),
    valueFormatter: (p) => (p.data ? `${p.data.reviewed}/${p.data.findings}` : ""),
    cellClass: (p) => (Number(p.value) >= 1 ? "nb-set-done" : ""),
  },
];

const rowId = (p: GetRowIdParams<OverviewRow>) => p.data.id;

/** The set overview's table: every report, sortable by each column, filtered by a search text. */
export function SetGrid(p: { rows: OverviewRow[]; search: string; onOpen: (id: string) => void }) {
  return (
    <div className="nb-grid nb-grid-fill nb-set-grid">
      <AgGridReact<OverviewRow>
        theme={gridTheme}
        rowData={p.rows}
        columnDefs={COLUMNS}
        defaultColDef={{ sortable: true, resizable: true, suppressMovable: true }}
        getRowId={rowId}
        quickFilterText={p.search}
        onRowClicked={(e: RowClickedEvent<OverviewRow>) => e.data && p.onOpen(e.data.id)}
        rowClass="nb-set-row"
        overlayNoRowsTemplate="<span>没有符合条件的报告</span>"
        animateRows={false}
      />
    </div>
  );
}
