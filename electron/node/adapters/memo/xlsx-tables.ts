import type { Worksheet } from "exceljs";
import type { TableOut } from "../../../../shared/memo/index.js";
import { EMPTY_CELL_NAMES as EMPTY } from "../../../../shared/messages/index.js";

const CORRECTED = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF1CC" } } as const;
const HEAD = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8EDF4" } } as const;
const THIN = { style: "thin", color: { argb: "FF9AA4B2" } } as const;
const BOX = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Tables 二–四 one under another; a corrected cell is shaded and notes what was printed. */
export function writeTables(ws: Worksheet, heading: string, tables: TableOut[]): void {
  ws.columns = [{ width: 46 }, ...Array.from({ length: 7 }, () => ({ width: 14 }))];
  ws.addRow([heading]).font = { bold: true, size: 13 };
  ws.addRow(["底色标出的单元格为审核中更正的数据，批注为报告原填写内容。"]).font = {
    color: { argb: "FF6B7585" },
  };
  for (const t of tables) {
    ws.addRow([]);
    ws.addRow([t.title]).font = { bold: true };
    const head = ws.addRow(t.header);
    head.eachCell((c) => {
      c.fill = HEAD;
      c.border = BOX;
      c.font = { bold: true };
      c.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
    });
    for (const r of t.rows) {
      const row = ws.addRow([r.label, ...r.cells.map((c) => c.value)]);
      row.getCell(1).alignment = { wrapText: true, vertical: "middle" };
      row.eachCell({ includeEmpty: true }, (c, i) => {
        if (i > t.header.length) return;
        c.border = BOX;
        const out = r.cells[i - 2];
        if (out && out.value === null) {
          // 未填写 (the report's blank) and 未读到 (nianbao's gap) read differently here too.
          c.value = out.read ? EMPTY.blank : EMPTY.unread;
          c.font = { italic: true, color: { argb: "FF8A94A3" } };
        }
        if (!out?.corrected) return;
        c.fill = CORRECTED;
        c.note = `报告原填写：${out.printed || (out.read ? EMPTY.blank : EMPTY.unread)}`;
      });
    }
  }
}
