import { describe, expect, it } from "vitest";
import {
  RULE_CATALOG,
  RULES_VERSION,
  checkReport,
  listRules,
  parseRulePack,
} from "../../../shared/rules/index.js";
import { KINDS } from "../../../shared/rules/registry.js";
import { consistentReport } from "../../gen/consistent-report.js";
import { copiedRows, edit, findings } from "./edit.js";

const RULE_IDS = [
  ...["S01", "S02", "S03", "S04", "S05", "S06", "S07", "S08", "S09", "S10"],
  ...["C01", "C02", "C03", "C04", "C05"],
  ...["A01", "A02", "A03", "A04", "A05", "A06", "A07"],
  ...["D01", "D02", "D03", "D04", "D05", "D06", "N01", "N02", "Y01", "Y02", "Y03"],
  ...["O01", "O02"],
];

describe("the catalog", () => {
  it("holds every rule of rules.md once, each with a kind that accepts its params", () => {
    expect(RULE_CATALOG.map((r) => r.id)).toEqual(RULE_IDS);
    for (const r of RULE_CATALOG) expect(KINDS.get(r.kind)?.bind(r.params).ok, r.id).toBe(true);
    expect(RULES_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("lists id, severity, Chinese name and description for the CLI", () => {
    const rules = listRules();
    expect(rules).toHaveLength(RULE_IDS.length);
    expect(rules[0]).toEqual({
      id: "S01",
      severity: "error",
      name: "缺少报告部分",
      description: expect.any(String),
    });
    for (const r of rules) expect(r.name + r.description, r.id).toMatch(/\p{Script=Han}/u);
  });
});

describe("rule packs", () => {
  it("disables rules, changes severity and params", () => {
    const { pack, errors } = parseRulePack({
      rules: {
        D02: { enabled: false },
        A05: { severity: "error" },
        D06: { params: { minChars: 10 } },
      },
    });
    expect(errors).toEqual([]);
    expect(pack.rules).toEqual({
      D02: { enabled: false },
      A05: { severity: "error" },
      D06: { params: { minChars: 10 } },
    });
    const r = edit(consistentReport(61, "2019"), {
      "t2.normative.published": 20,
      "t2.normative.total": 18,
    });
    expect(findings(r, "A05")[0]?.severity).toBe("warning");
    expect(findings(r, "A05", { pack })[0]?.severity).toBe("error");
    const dup = copiedRows(r);
    expect(findings(dup, "D02")).toHaveLength(1);
    expect(findings(dup, "D02", { pack })).toEqual([]);
  });

  it("reports each invalid entry with its path and applies the rest", () => {
    const { pack, errors } = parseRulePack({
      rules: {
        A05: { severity: "fatal", enabled: false },
        X99: { enabled: false },
        D06: { params: { minChars: "40" } },
        D02: { params: { minSingle: 50, extra: 1 } },
        N02: "off",
        C01: { colour: "red" },
      },
      amountTolerance: -1,
      theme: "dark",
    });
    expect(errors.map((e) => e.path)).toEqual([
      "theme",
      "amountTolerance",
      "rules.A05.severity",
      "rules.X99",
      "rules.D06.params.minChars",
      "rules.D02.params.extra",
      "rules.N02",
      "rules.C01.colour",
    ]);
    for (const e of errors) expect(e.message, e.path).toMatch(/\p{Script=Han}/u);
    expect(pack).toEqual({ rules: { A05: { enabled: false } } });
  });

  it("rejects what is not an object; params merge over the catalog's", () => {
    expect(parseRulePack([]).errors).toEqual([
      { code: "PACK_NOT_OBJECT", path: "", message: "规则包应为 JSON 对象" },
    ]);
    expect(parseRulePack({ rules: [] }).errors.map((e) => e.path)).toEqual(["rules"]);
    const { pack } = parseRulePack({
      rules: { Y03: { params: { threshold: 0.5 } } },
      amountTolerance: 0.05,
    });
    expect(pack).toEqual({ rules: { Y03: { params: { threshold: 0.5 } } }, amountTolerance: 0.05 });
  });

  it("keeps counts exact whatever the amount tolerance", () => {
    const { pack } = parseRulePack({ amountTolerance: 0.5 });
    const r = edit(consistentReport(62, "2019"), {
      "t2.normative.published": 19,
      "t2.normative.total": 18,
    });
    expect(findings(r, "A05", { pack })).toHaveLength(1);
    expect(
      checkReport(consistentReport(62, "2019"), { pack }).filter((f) => f.severity !== "info"),
    ).toEqual([]);
  });
});
