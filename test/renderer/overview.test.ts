import { describe, expect, it } from "vitest";
import type { AuditReport } from "../../shared/model/audit.js";
import { checkAudit } from "../../renderer/app/checks.js";
import { familyCounts } from "../../renderer/features/overview/families.js";
import { filterRows } from "../../renderer/features/overview/filter.js";
import { copyViews, pairViews } from "../../renderer/features/overview/links.js";
import { agencyRanking } from "../../renderer/features/overview/ranking.js";
import { overviewRows } from "../../renderer/features/overview/rows.js";
import { setSummary } from "../../renderer/features/overview/summary.js";
import { auditReport } from "./audit-report.js";

/** A generated report as `agency`'s for `year`, with the given cells overridden. */
function as(
  id: string,
  seed: number,
  agency: string,
  year: number,
  cells: Record<string, number> = {},
) {
  const a = auditReport(id, seed, "2021");
  const r = a.report;
  const text = r.text.replaceAll(r.agency, agency);
  const title = `${agency}${year}年政府信息公开工作年度报告`;
  const report = { ...r, agency, year, text, title, published: `${year + 1}-01-15` };
  for (const [cell, value] of Object.entries(cells)) {
    const c = report.cells[cell];
    if (c) report.cells = { ...report.cells, [cell]: { ...c, value } };
  }
  return { ...a, report };
}

const late = (a: AuditReport): AuditReport => ({
  ...a,
  report: { ...a.report, published: `${(a.report.year ?? 2021) + 1}-06-30` },
});

describe("the set overview", () => {
  const base = as("a", 11, "青石县交通运输局", 2021);
  const next = as("b", 12, "青石县 交通运输局", 2022, {
    "t3.carried.natural": (base.report.cells["t3.carryOver.natural"]?.value as number) + 4,
  });
  const other = late(as("c", 13, "梅岭县人民政府", 2022, { "t2.regulation.issued": 3 }));
  const reports = [base, next, other];
  const checks = checkAudit({ reports });
  const rows = overviewRows(reports, checks);

  it("counts each report's findings and whether it was published in time", () => {
    for (const r of rows) {
      const c = checks.get(r.id);
      expect([r.errors, r.warnings, r.infos]).toEqual([
        c?.counts.error,
        c?.counts.warning,
        c?.counts.info,
      ]);
    }
    expect(rows.map((r) => r.deadline)).toEqual(["met", "met", "late"]);
    expect(rows.find((r) => r.id === "c")?.errors).toBeGreaterThan(0);
    const s = setSummary(rows);
    expect(s).toMatchObject({ reports: 3, late: 1 });
    expect(s.withErrors).toBe(rows.filter((r) => r.errors > 0).length);
    expect(s.findings).toBe([...checks.values()].reduce((n, c) => n + c.findings.length, 0));
    expect(filterRows(rows, "late").map((r) => r.id)).toEqual(["c"]);
    expect(filterRows(rows, "errors").every((r) => r.errors > 0)).toBe(true);
    expect(filterRows(rows, "open")).toHaveLength(rows.filter((r) => r.findings > 0).length);
  });

  it("pairs an agency's consecutive years by its normalised name and shows the broken chain", () => {
    const pairs = pairViews(reports, checks);
    expect(pairs).toEqual([
      {
        agency: "青石县 交通运输局",
        earlier: { id: "a", year: 2021 },
        later: { id: "b", year: 2022 },
        breaks: checks.get("b")?.findings.filter((f) => f.rule === "Y01").length,
      },
    ]);
    expect(pairs[0]?.breaks).toBeGreaterThan(0);
    const years = pairViews(
      [base, as("d", 14, "青石县交通运输局", 2023)],
      checkAudit({ reports: [base] }),
    );
    expect(years).toEqual([]);
  });

  it("ranks agencies by errors, then warnings, and counts findings per rule family", () => {
    const ranks = agencyRanking(rows);
    const errors = ranks.map((a) => a.errors);
    expect(errors).toEqual([...errors].sort((x, y) => y - x));
    expect(ranks.find((a) => a.agency.includes("交通运输局"))?.reports).toBe(2);
    const families = familyCounts(checks.values());
    const all = [...checks.values()].flatMap((c) => c.findings);
    for (const f of families) {
      const mine = all.filter((x) => x.rule.startsWith(f.id));
      expect(f.findings).toBe(mine.length);
      expect(f.bySeverity.error).toBe(mine.filter((x) => x.severity === "error").length);
    }
    expect(families.map((f) => f.findings)).toEqual(
      [...families.map((f) => f.findings)].sort((x, y) => y - x),
    );
    const withY = [...checks.values()].filter((c) => c.findings.some((f) => f.rule[0] === "Y"));
    expect(families.find((f) => f.id === "Y")?.reports).toBe(withY.length);
  });

  it("takes one body printed with and without its parent place as one agency, two 鼓楼区 as two", () => {
    const bad = { "t2.regulation.issued": 3 };
    const set = [
      as("h1", 21, "洪泽区人民政府", 2023, bad),
      as("h2", 22, "淮安市洪泽区人民政府", 2024, bad),
      as("g1", 23, "南京市鼓楼区人民政府", 2023, bad),
      as("g2", 24, "福州市鼓楼区人民政府", 2023, bad),
    ];
    const checked = checkAudit({ reports: set });
    const ranks = agencyRanking(overviewRows(set, checked));
    expect(ranks.map((a) => `${a.agency}×${a.reports}`).sort()).toEqual(
      ["淮安市洪泽区人民政府×2", "南京市鼓楼区人民政府×1", "福州市鼓楼区人民政府×1"].sort(),
    );
    const pairs = pairViews(set, checked);
    expect(pairs.map((p) => [p.earlier.id, p.later.id])).toEqual([["h1", "h2"]]);
  });

  it("lists two agencies' copied tables once, from either side", () => {
    const twin = as("e", 15, "临江县人民政府", 2022);
    const copy = { ...twin, report: { ...twin.report, cells: other.report.cells } };
    const set = [other, copy];
    const views = copyViews(set, checkAudit({ reports: set }));
    expect(views).toHaveLength(1);
    expect(views[0]?.what).toEqual(expect.arrayContaining(["表三"]));
    expect(new Set([views[0]?.a.id, views[0]?.b.id])).toEqual(new Set(["c", "e"]));
  });
});
