import { z } from "zod";
import { unreadCells } from "../kit/unread.js";
import { defineKind } from "../types.js";

/**
 * S10: a row, column or group of a table that was found but could not be read. Its cells are
 * unknown (absent, not blank): no C01 for them and no arithmetic over them, so the report says
 * what it could not read instead of looking clean.
 */
export const cellsUnread = defineKind({
  kind: "cells-unread",
  params: z.strictObject({}),
  check(report) {
    return unreadCells(report).map((u) => ({
      code: "cells_unread",
      params: {
        table: u.table,
        template: report.template,
        part: u.part,
        keys: u.keys,
        count: u.cells.length,
      },
      cells: u.cells,
      spans: [],
    }));
  },
});
