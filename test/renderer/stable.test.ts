import { describe, expect, it } from "vitest";
import { findingsByCell } from "../../renderer/app/checks.js";
import { table3 } from "../../renderer/features/grid/tables.js";
import { keepUnchangedRows } from "../../renderer/features/grid/stable.js";
import type { Finding } from "../../shared/model/finding.js";
import { auditReport } from "./audit-report.js";

const a01: Finding = {
  rule: "A01",
  severity: "error",
  code: "t3_balance",
  params: {},
  cells: ["t3.new.natural"],
  spans: [],
};

describe("keepUnchangedRows", () => {
  const report = auditReport("r1", 11, "2019");
  const before = [table3("2019", { report, byCell: findingsByCell([]), selected: null })];

  it("keeps every row object when nothing changed", () => {
    const again = [table3("2019", { report, byCell: findingsByCell([]), selected: null })];
    const kept = keepUnchangedRows(before, again)[0]!;
    kept.rows.forEach((r, i) => expect(r).toBe(before[0]!.rows[i]));
  });

  it("replaces only the rows a finding or a selection changed", () => {
    const next = [
      table3("2019", { report, byCell: findingsByCell([a01]), selected: "t3.total.total" }),
    ];
    const kept = keepUnchangedRows(before, next)[0]!;
    const changed = kept.rows.filter((r, i) => r !== before[0]!.rows[i]).map((r) => r.key);
    expect(changed).toEqual(["new", "total"]);
    expect(kept.rows.find((r) => r.key === "new")?.cells["natural"]?.severity).toBe("error");
  });

  it("keeps nothing from another block", () => {
    const other = [{ ...before[0]!, id: "t3-other" }];
    const kept = keepUnchangedRows(other, before)[0]!;
    expect(kept).toBe(before[0]);
  });
});
