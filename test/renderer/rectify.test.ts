import { describe, expect, it } from "vitest";
import type { AuditReport } from "../../shared/model/audit.js";
import { roundCandidates } from "../../renderer/features/rectify/round.js";
import { auditReport } from "./audit-report.js";

/** A generated report as `agency`'s for `year`, imported at `hour` o'clock. */
function as(id: string, agency: string, year: number, hour: number): AuditReport {
  const a = auditReport(id, 5, "2021");
  return {
    ...a,
    importedAt: `2025-03-01T${String(hour).padStart(2, "0")}:00:00.000Z`,
    report: { ...a.report, agency, year },
  };
}

describe("the earlier report a corrected one may follow", () => {
  it("offers the same body's report printed without its parent place", () => {
    const first = as("a", "洪泽区人民政府", 2023, 8);
    const fixed = as("b", "淮安市洪泽区人民政府", 2023, 9);
    const other = as("c", "淮安市淮阴区人民政府", 2023, 7);
    expect(roundCandidates(fixed, [first, fixed, other]).map((r) => r.id)).toEqual(["a"]);
  });

  it("keeps two 鼓楼区 of different printed cities apart", () => {
    const nanjing = as("a", "南京市鼓楼区人民政府", 2023, 8);
    const fuzhou = as("b", "福州市鼓楼区人民政府", 2023, 9);
    expect(roundCandidates(fuzhou, [nanjing, fuzhou])).toEqual([]);
    const later = as("c", "福州市 鼓楼区政府", 2023, 10);
    expect(roundCandidates(later, [nanjing, fuzhou, later]).map((r) => r.id)).toEqual(["b"]);
  });
});
