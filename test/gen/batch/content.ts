import type { TemplateVersion } from "../../../shared/model/report.js";
import { consistentValues, type Values } from "../cells.js";
import { Random } from "../random.js";
import { T3_COLUMNS } from "../../../shared/templates/table3.js";
import { narrative, type Narrative } from "./narrative.js";
import type { ReportPlan } from "./plan.js";

export interface ReportContent {
  title: string;
  agency: string;
  year: number;
  template: TemplateVersion;
  values: Values;
  /** Cells printed blank (C01). */
  blank: string[];
  narrative: Narrative;
  closing: string[];
}

const APPLICANTS = T3_COLUMNS.map((c) => c.key).filter((k) => k !== "total");
const PROJECTS = ["license", "otherService", "penalty", "enforcement", "fee"];

function rowTotal(v: Values, row: string) {
  v[`t3.${row}.total`] = APPLICANTS.reduce((s, c) => s + (v[`t3.${row}.${c}`] ?? 0), 0);
}

/** This year's 上年结转 is last year's 结转下年度 (Y01); new cases absorb the difference. */
function continueCarry(v: Values, last: Values) {
  for (const c of APPLICANTS) {
    const forced = last[`t3.carryOver.${c}`] ?? 0;
    const delta = forced - (v[`t3.carried.${c}`] ?? 0);
    v[`t3.carried.${c}`] = forced;
    const fresh = v[`t3.new.${c}`] ?? 0;
    if (delta < 0) v[`t3.new.${c}`] = fresh - delta;
    else {
      const taken = Math.min(fresh, delta);
      v[`t3.new.${c}`] = fresh - taken;
      v[`t3.total.${c}`] = (v[`t3.total.${c}`] ?? 0) + delta - taken;
      v[`t3.granted.${c}`] = (v[`t3.granted.${c}`] ?? 0) + delta - taken;
    }
  }
  for (const row of ["carried", "new", "total", "granted"]) rowTotal(v, row);
}

/** 2019 template: this year's 上一年项目数量 is last year's plus its 增/减 (Y02). */
function continueProjects(v: Values, last: Values) {
  for (const k of PROJECTS) {
    const prev = (last[`t2.${k}.prev`] ?? 0) + (last[`t2.${k}.change`] ?? 0);
    v[`t2.${k}.prev`] = prev;
    v[`t2.${k}.change`] = Math.max(v[`t2.${k}.change`] ?? 0, -prev);
  }
}

/** Values and words of every planned report, in plan order (a report may continue an earlier one). */
export function contents(plans: readonly ReportPlan[]): ReportContent[] {
  const out: ReportContent[] = [];
  for (const p of plans) {
    const rng = new Random(p.seed);
    const values = consistentValues(rng, p.template, p.agency.level);
    const last = p.previous === null ? null : out[p.previous];
    if (last) {
      continueCarry(values, last.values);
      if (p.template === "2019" && last.template === "2019") continueProjects(values, last.values);
    }
    const source = p.copyOf === null ? null : out[p.copyOf];
    if (source && p.plants.includes("Y03-table"))
      for (const [id, x] of Object.entries(source.values)) if (id.startsWith("t3.")) values[id] = x;
    if (p.plants.includes("Y01")) {
      // One more carried case, one fewer new one: the table balances, the chain breaks.
      values["t3.carried.natural"] = (values["t3.carried.natural"] ?? 0) + 1;
      values["t3.new.natural"] = (values["t3.new.natural"] ?? 0) - 1;
      if ((values["t3.new.natural"] ?? 0) < 0) {
        values["t3.new.natural"] = 0;
        values["t3.total.natural"] = (values["t3.total.natural"] ?? 0) + 1;
        values["t3.granted.natural"] = (values["t3.granted.natural"] ?? 0) + 1;
      }
      for (const row of ["carried", "new", "total", "granted"]) rowTotal(values, row);
    }
    if (p.plants.includes("A01")) values["t3.total.total"] = (values["t3.total.total"] ?? 0) + 3;
    if (p.plants.includes("D01"))
      for (const c of p.template === "2019" ? ["made", "published", "total"] : ["issued", "valid"])
        values[`t2.regulation.${c}`] = 2;
    const blank = p.plants.includes("C01") ? APPLICANTS.map((c) => `t3.granted.${c}`) : [];
    const agency = p.agency.name;
    let words = narrative(rng, agency, p.year, values, p.template === "2021");
    if (source && p.plants.includes("Y03-text"))
      words = JSON.parse(
        JSON.stringify(source.narrative)
          .replaceAll(source.agency, agency)
          .replaceAll(String(source.year), String(p.year)),
      ) as Narrative;
    const late = p.plants.includes("D03");
    const month = late
      ? p.agency.level === "county-gov" || p.agency.level === "city-gov"
        ? 5
        : 3
      : 1;
    out.push({
      title: `${agency}${p.year}年政府信息公开工作年度报告`,
      agency,
      year: p.year,
      template: p.template,
      values,
      blank,
      narrative: words,
      closing: [agency, `${p.year + 1}年${month}月${rng.int(5, 28)}日`],
    });
  }
  return out;
}
