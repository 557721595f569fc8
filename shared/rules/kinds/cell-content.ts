import { z } from "zod";
import type { Cell } from "../../model/report.js";
import { matches } from "../kit/cells.js";
import { rowRuns } from "../kit/runs.js";
import { defineKind } from "../types.js";
import { OCR_THRESHOLD } from "../catalog/scan.js";

// cell-ids.md "Cell values": a number, null for a blank cell, the printed string otherwise.
const TESTS = {
  blank: (c: Cell) => c.value === null,
  // Text recognised unsurely in a value cell is a figure misread, listed by O01 (待核对).
  text: (c: Cell) => typeof c.value === "string" && (c.place?.confidence ?? 100) >= OCR_THRESHOLD,
  negative: (c: Cell) => typeof c.value === "number" && c.value < 0,
  fraction: (c: Cell) => typeof c.value === "number" && !Number.isInteger(c.value),
} as const;

const params = z.strictObject({
  test: z.enum(["blank", "text", "negative", "fraction"]),
  /** Cells the test does not apply to; `*` stands for one segment. */
  except: z.array(z.string()).default([]),
});

/** One finding per run of rows holding cells that fail the test (C01–C04). */
export const cellContent = defineKind({
  kind: "cell-content",
  params,
  check(report, p) {
    const test = TESTS[p.test];
    const hit = (c: Cell, id: string) => test(c) && !p.except.some((e) => matches(id, e));
    return rowRuns(report, hit).map((run) => ({
      code: `cell_${p.test}`,
      params: {
        table: run.table,
        template: report.template,
        rows: run.rows,
        columns: run.columns,
        values: run.cells.map((id) => report.cells[id]?.text ?? ""),
      },
      cells: run.cells,
    }));
  },
});
