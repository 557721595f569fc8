import ExcelJS from "exceljs";
import type { AuditReport } from "../../../../shared/model/audit.js";
import {
  SEVERITY_WORDS,
  STATUS_WORDS,
  UNKNOWN_AGENCY,
  cellPlace,
  correctedTables,
  widthOf,
  type MemoFinding,
  type MemoReport,
} from "../../../../shared/memo/index.js";
import { writeTables } from "./xlsx-tables.js";

const COLUMNS = [
  { header: "单位", width: 26 },
  { header: "年度", width: 8 },
  { header: "规则", width: 8 },
  { header: "级别", width: 8 },
  { header: "单元格", width: 30 },
  { header: "问题", width: 64 },
  { header: "判定", width: 18 },
  { header: "备注", width: 40 },
  { header: "检查人员", width: 12 },
  { header: "判定时间", width: 18 },
  { header: "文件", width: 30 },
];

/** Printed on A4, as wide as the page, as many pages down as it takes. */
export const A4_WIDE = { paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 } as const;

const pad = (n: number) => String(n).padStart(2, "0");

/** 2024-03-01 16:00 in local time. */
function stamp(iso: string): string {
  const d = new Date(iso);
  if (!iso || Number.isNaN(d.getTime())) return "";
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A stale verdict says so; open findings the scope counts are stated as confirmed. */
function verdict(f: MemoFinding): string {
  if (f.stale && f.verdict) return `${STATUS_WORDS[f.verdict]}（证据已变化）`;
  return f.status === "open" && f.stated ? "未判定（按确认计）" : STATUS_WORDS[f.status];
}

/**
 * Row height for the wrapped text (Excel and LibreOffice keep 15 pt unless told): lines by the
 * widest cell, a Chinese character two units of column width.
 */
function fitHeight(row: ExcelJS.Row): void {
  let lines = 1;
  row.eachCell((c, i) => {
    const width = COLUMNS[i - 1]?.width ?? 10;
    lines = Math.max(lines, Math.ceil((widthOf(String(c.value ?? "")) * 2) / (width - 1)));
  });
  row.height = Math.min(409, 15 * lines);
}

/** The cells in the template's words; a long list (C01 over 20 rows) by its first three and how many. */
function cellList(cells: readonly string[], template: string | null): string {
  const words = (ids: readonly string[]) => ids.map((id) => cellPlace(id, template)).join("、");
  return cells.length > 6 ? `${words(cells.slice(0, 3))} 等${cells.length}个单元格` : words(cells);
}

/** Excel's sheet names: at most 31 characters, none of []:*?/\ , unique. */
function sheetName(i: number, name: string): string {
  return `${i + 1} ${name.replace(/[[\]:*?/\\]/g, "_")}`.slice(0, 31).replace(/'+$/, "");
}

/** The findings workbook: one row per finding, then a sheet per report with its tables. */
export async function findingsXlsx(
  reports: readonly MemoReport[],
  audit: readonly AuditReport[],
  provenance: readonly string[] = [],
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "nianbao";
  const ws = wb.addWorksheet("问题清单", {
    views: [{ state: "frozen", ySplit: 1 }],
    pageSetup: { ...A4_WIDE, orientation: "landscape", printTitlesRow: "1:1" },
  });
  ws.columns = COLUMNS.map((c) => ({
    ...c,
    style: { alignment: { wrapText: true, vertical: "top" } },
  }));
  ws.getRow(1).font = { bold: true };
  for (const r of reports)
    for (const f of r.findings)
      fitHeight(
        ws.addRow([
          r.agency || UNKNOWN_AGENCY,
          r.year ?? "",
          f.rule,
          SEVERITY_WORDS[f.severity],
          cellList(f.cells, r.template),
          f.message,
          verdict(f),
          f.note,
          f.by,
          stamp(f.at),
          r.fileName,
        ]),
      );
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
  reports.forEach((r, i) => {
    const a = audit.find((x) => x.id === r.id);
    if (!a) return;
    const year = r.year === null ? "" : `${r.year}年`;
    const sheet = wb.addWorksheet(sheetName(i, `${r.agency || UNKNOWN_AGENCY}${year}`), {
      pageSetup: { ...A4_WIDE, orientation: "portrait" },
    });
    writeTables(sheet, r.name, correctedTables(a));
  });
  if (provenance.length) {
    // The inspector's copy: with these files and versions, `nianbao check` finds the same.
    const about = wb.addWorksheet("生成信息");
    about.columns = [{ width: 120 }];
    for (const line of provenance) about.addRow([line]);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
