import type { Level, TemplateVersion } from "../../../shared/model/report.js";
import { Random } from "../random.js";

const PLACES = [
  "青石",
  "梅岭",
  "临江",
  "望川",
  "云溪",
  "石门",
  "南屏",
  "白沙",
  "清河",
  "江城",
  "凤台",
  "柳林",
];
const DEPTS = [
  "交通运输局",
  "自然资源局",
  "农业农村局",
  "住房和城乡建设局",
  "卫生健康委员会",
  "教育局",
  "民政局",
  "市场监督管理局",
];

export type FileFormat = "txt-utf8" | "txt-gb18030" | "docx" | "pdf";

/** A problem planted in one report, named by the rule it should trip. */
export type Plant = "D01" | "D03" | "A01" | "C01" | "Y01" | "Y03-text" | "Y03-table";

export interface Agency {
  name: string;
  level: Level;
}

export interface ReportPlan {
  seed: number;
  agency: Agency;
  year: number;
  template: TemplateVersion;
  format: FileFormat;
  plants: Plant[];
  /** Index of the plan this one continues (same agency, the year before). */
  previous: number | null;
  /** Index of the plan (another agency) whose narrative or tables this one copies. */
  copyOf: number | null;
}

function agencies(): Agency[] {
  const out: Agency[] = [{ name: "江州市人民政府", level: "city-gov" }];
  for (const d of DEPTS.slice(0, 4)) out.push({ name: `江州市${d}`, level: "city-dept" });
  for (const p of PLACES) {
    out.push({ name: `${p}县人民政府`, level: "county-gov" });
    for (const d of DEPTS) out.push({ name: `${p}县${d}`, level: "county-dept" });
  }
  return out;
}

const FORMATS: FileFormat[] = ["txt-utf8", "txt-gb18030", "docx", "docx", "pdf", "pdf", "txt-utf8"];

/**
 * A city's set of `count` reports: every agency once, about a third of them for two consecutive
 * years, mixed formats, and a few planted problems (listed per report) for the overview to find.
 */
export function planSet(count: number, seed = 1): ReportPlan[] {
  const rng = new Random(seed);
  const all = agencies();
  const plans: ReportPlan[] = [];
  const add = (agency: Agency, year: number, previous: number | null) =>
    plans.push({
      seed: rng.int(1, 2 ** 31),
      agency,
      year,
      template: year >= 2021 ? "2021" : "2019",
      format: FORMATS[plans.length % FORMATS.length] as FileFormat,
      plants: [],
      previous,
      copyOf: null,
    });
  const latest = new Map<Agency, number>();
  const next = (agency: Agency, year: number) => {
    const previous = plans.findIndex((r) => r.agency === agency && r.year === year - 1);
    add(agency, year, previous < 0 ? null : previous);
    latest.set(agency, year);
  };
  for (let i = 0; plans.length < count; i++) {
    const agency = all[i % all.length] as Agency;
    // A later round continues an agency's years, so every same-agency pair is planned.
    const seen = latest.get(agency);
    next(agency, seen === undefined ? rng.pick([2020, 2021, 2022]) : seen + 1);
    if (plans.length < count && rng.chance(0.35)) next(agency, (latest.get(agency) ?? 0) + 1);
  }
  const plant = (p: Plant, every: number, offset: number) =>
    plans.forEach((r, i) => i % every === offset && r.plants.push(p));
  plant("D03", 17, 3);
  plant("A01", 23, 5);
  plant("C01", 29, 7);
  plans.forEach((r) => r.agency.level === "county-gov" && rng.chance(0.3) && r.plants.push("D01"));
  plans.filter((r) => r.previous !== null).forEach((r, k) => k % 9 === 4 && r.plants.push("Y01"));
  const continued = new Set(plans.map((r) => r.previous));
  const copies = [
    [10, 60, "Y03-text"],
    [30, 90, "Y03-table"],
    [50, 140, "Y03-text"],
  ] as const;
  for (const [from, at, kind] of copies) {
    const a = plans[from];
    const to = plans.findIndex(
      (b, j) =>
        j >= at &&
        b.template === a?.template &&
        b.agency !== a.agency &&
        b.previous === null &&
        !continued.has(j) &&
        b.copyOf === null &&
        b.plants.length === 0,
    );
    const b = plans[to];
    if (!a || !b) continue;
    b.copyOf = from;
    b.plants.push(kind);
  }
  return plans;
}
