import type { ColDef, ColGroupDef, ValueSetterParams } from "ag-grid-community";
import { ValueCell } from "./ValueCell.js";
import { LabelCell } from "./LabelCell.js";
import { cellTooltip } from "./tooltip.js";
import { showValue } from "./input.js";
import { labelSpan } from "./layout.js";
import type { ColumnNode, GridRow, TableBlock } from "./model.js";

export type EditHandler = (cellId: string, raw: unknown) => void;

type Def = ColDef<GridRow> | ColGroupDef<GridRow>;

function labelColumn(i: number, header: string, width: number, pin: boolean): ColDef<GridRow> {
  return {
    colId: `label${i}`,
    headerName: header,
    width,
    pinned: pin ? "left" : null,
    valueGetter: (p) => p.data?.labels[i] ?? "",
    cellRenderer: LabelCell,
    cellRendererParams: { i },
    colSpan: (p) => (p.data ? labelSpan(p.data.labels, i) : 1),
    wrapText: true,
    cellClass: `nb-label nb-label-${i}`,
    cellClassRules: {
      "nb-merge-up": (p) => !!p.data?.mergeUp?.[i],
      "nb-merge-down": (p) => !!p.data?.mergeDown?.[i],
    },
    headerClass: "nb-h-label",
    tooltipValueGetter: (p) => (p.data?.labels[i] ?? "") || null,
    editable: false,
    sortable: false,
  };
}

function valueColumn(
  key: string,
  label: string,
  editable: boolean,
  onEdit: EditHandler,
  template: string,
): ColDef<GridRow> {
  return {
    colId: key,
    headerName: label,
    flex: 1,
    // Table 四's fifteen columns fit the pane at 1366 px; the others have room to spare.
    minWidth: key.includes(".") ? 38 : 46,
    valueGetter: (p) => {
      const c = p.data?.cells[key];
      return c ? showValue(c.value, c.signed) : "";
    },
    valueSetter: (p: ValueSetterParams<GridRow>) => {
      const c = p.data.cells[key];
      if (c) onEdit(c.id, p.newValue);
      return false;
    },
    editable,
    cellRenderer: ValueCell,
    cellRendererParams: { col: key },
    cellClass: "nb-vcell",
    tooltipValueGetter: (p) => {
      const c = p.data?.cells[key];
      return c ? cellTooltip(c, template) : null;
    },
    sortable: false,
  };
}

function headerDefs(
  nodes: readonly ColumnNode[],
  editable: boolean,
  onEdit: EditHandler,
  template: string,
): Def[] {
  return nodes.map(
    (n): Def =>
      n.children
        ? {
            headerName: n.label,
            headerClass: "nb-h-group",
            marryChildren: true,
            suppressStickyLabel: true,
            children: headerDefs(n.children, editable, onEdit, template),
          }
        : valueColumn(n.key ?? n.label, n.label, editable, onEdit, template),
  );
}

/** The block's ag-grid columns: pinned label columns, then the template's (grouped) value columns. */
export function columnDefs(
  block: TableBlock,
  widths: readonly number[],
  editable: boolean,
  onEdit: EditHandler,
  template: string,
): Def[] {
  // Table 三's labels stay in view when its columns scroll; table 二's blocks keep one header.
  const pin = !block.title;
  const labels = block.labelHeaders.map((h, i) => labelColumn(i, h, widths[i] ?? 120, pin));
  const values = headerDefs(block.columns, editable, onEdit, template);
  if (!block.title) return [...labels, ...values];
  return [
    {
      headerName: block.title,
      headerClass: "nb-h-block",
      suppressStickyLabel: true,
      children: [...labels, ...values],
    },
  ];
}
