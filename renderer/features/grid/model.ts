import type { Correction } from "../../../shared/model/audit.js";
import type { Severity } from "../../../shared/model/finding.js";
import type { Cell, CellValue } from "../../../shared/model/report.js";

/** One value cell as the grid shows it. */
export interface CellView {
  id: string;
  /** What the report printed; null when the reader found no such cell. */
  printed: Cell | null;
  /** The value the rules see: the correction if any, else the printed value. */
  value: CellValue;
  correction: Correction | null;
  severity: Severity | null;
  /** The findings that name this cell, worst first, as sentences. */
  notes: { severity: Severity; text: string }[];
  remarks: number;
  selected: boolean;
  /** 本年增/减: shown with its sign. */
  signed: boolean;
}

export interface GridRow {
  key: string;
  /** One text per label column; equal neighbours are shown merged. */
  labels: string[];
  /** Per label column: the label continues from the row above / into the row below (merged). */
  mergeUp?: boolean[];
  mergeDown?: boolean[];
  /** Row height in px (wrapped labels). */
  height?: number;
  /** Per label column: the height of the merged label starting here, null where none starts. */
  runs?: (number | null)[];
  cells: Record<string, CellView>;
}

/** A header: a value column (key) or a group over columns. */
export interface ColumnNode {
  label: string;
  key?: string;
  children?: ColumnNode[];
}

export interface TableBlock {
  id: string;
  /** A group header over the whole block (table 二's 第二十条第（X）项). */
  title: string | null;
  labelHeaders: string[];
  columns: ColumnNode[];
  rows: GridRow[];
}

export function leafKeys(nodes: readonly ColumnNode[]): string[] {
  return nodes.flatMap((n) => (n.children ? leafKeys(n.children) : n.key ? [n.key] : []));
}
