import { describe, expect, it } from "vitest";
import type { Report, SectionNo } from "../../../shared/model/report.js";
import type { RulePack } from "../../../shared/rules/index.js";
import { checkSet } from "../../../shared/rules/index.js";
import { lastYear, sameAgency } from "../../../shared/rules/kit/audit.js";
import { indexGrams, meeting } from "../../../shared/rules/kit/gram-index.js";
import { mayReach, sectionGrams, similarity, type Grams } from "../../../shared/rules/kit/grams.js";
import { renderMessage } from "../../../shared/messages/zh-CN.js";
import { consistentReport } from "../../gen/consistent-report.js";
import { Random } from "../../gen/random.js";
import { findSections, makeReport } from "./helpers.js";

// Y03 compares a set through an index of sketch values: only pairs whose sketches share enough
// values are compared. These sets are large enough for that to matter, and the findings must be
// the ones a comparison of every pair gives.

const HAN =
  "政府信息公开工作年度报告本机关认真贯彻落实条例要求围绕中心服务大局深化重点领域主动公开规范依申请办理加强平台建设完善制度机制强化监督保障提升群众满意度推进决策执行管理服务结果全过程积极回应社会关切做好政策解读持续优化营商环境";

const text = (rnd: Random, length: number) =>
  Array.from({ length }, () => rnd.pick([...HAN])).join("");

/** The same text with `changes` characters replaced. */
function changed(rnd: Random, base: string, changes: number): string {
  const chars = [...base];
  for (let k = 0; k < changes; k++) chars[rnd.int(0, chars.length - 1)] = rnd.pick([...HAN]);
  return chars.join("");
}

const COUNTIES = [..."甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥"];
const agencyOf = (i: number) =>
  `${COUNTIES[i % COUNTIES.length]}${COUNTIES[Math.floor(i / COUNTIES.length) % COUNTIES.length]}县人民政府`;

function report(i: number, year: number, five: string, agency = agencyOf(i)): Report {
  const body = `一、总体情况\n${year}年，${agency}全年主动公开信息${i}条。\n五、存在的主要问题及改进情况\n${five}\n六、其他需要报告的事项\n无。\n`;
  return {
    ...consistentReport(1000 + i, "2021"),
    agency,
    year,
    text: body,
    sections: findSections(body),
  };
}

/** Reports whose section 五 is `common` text then a part of their own: some changed copies. */
function gradedSet(seed: number, common: number, own: number, count: number): Report[] {
  const rnd = new Random(seed);
  const shared = text(rnd, common);
  const base = text(rnd, own);
  const set = Array.from({ length: count }, (_, i) =>
    report(i, 2022, shared + (i % 3 ? text(rnd, own) : changed(rnd, base, Math.floor(i / 6)))),
  );
  // The same agency a year before, and a copy at the far end of the set.
  set.push(report(count, 2021, shared + base, agencyOf(0)));
  set.push(report(count + 1, 2022, shared + base));
  return set;
}

const under = (threshold: number): RulePack => ({ rules: { Y03: { params: { threshold } } } });

const copiedText = (set: Report[], threshold: number) =>
  checkSet(set, { pack: under(threshold) }).map((fs) =>
    fs
      .filter((f) => f.code === "copied_text")
      .map((f) => [
        f.params.section,
        f.params.agency,
        f.params.year,
        f.params.similarity,
        f.params.sameAgency,
      ]),
  );

/** What Y03 finds when every pair of the set is compared. */
function everyPair(set: Report[], threshold: number) {
  return set.map((report) => {
    const last = lastYear(report, set);
    const others = set.filter((r) => r !== report && (r === last || !sameAgency(r, report)));
    return ([1, 5, 6] as SectionNo[]).flatMap((no) => {
      const mine = sectionGrams(report, no, 5, 40);
      if (!mine) return [];
      let best: { r: Report; sim: number } | null = null;
      for (const r of others) {
        const theirs = sectionGrams(r, no, 5, 40);
        const sim = theirs ? similarity(mine, theirs, threshold) : 0;
        if (sim >= threshold && (!best || sim > best.sim)) best = { r, sim };
      }
      if (!best) return [];
      return [[no, best.r.agency, best.r.year, Math.round(best.sim * 100), best.r === last]];
    });
  });
}

describe("Y03 across a large set", () => {
  it("finds what comparing every pair finds, whatever the threshold and the shared text", () => {
    // Little shared text, about half, nearly all: the index's rare and common values.
    for (const [common, own] of [
      [0, 200],
      [120, 200],
      [400, 100],
    ] as const) {
      const set = gradedSet(common + own, common, own, 90);
      for (const threshold of [0.9, 0.75, 0.5, 0.2]) {
        const found = copiedText(set, threshold);
        expect(found, `${common}+${own} at ${threshold}`).toEqual(everyPair(set, threshold));
        if (threshold === 0.9) {
          const reports = found.filter((f) => f.length).length;
          expect(reports).toBeGreaterThan(2);
          expect(reports).toBeLessThan(set.length);
        }
      }
    }
  });

  it("a copy at the far end of the set is found; reports sharing nothing give nothing", () => {
    const rnd = new Random(7);
    const copy = text(rnd, 150);
    const set = Array.from({ length: 200 }, (_, i) => report(i, 2023, text(rnd, 150)));
    expect(copiedText(set, 0.9).flat()).toEqual([]);
    set[0] = report(0, 2023, copy);
    set[199] = report(199, 2023, copy);
    const found = copiedText(set, 0.9);
    expect(found[0]).toEqual([[5, agencyOf(199), 2023, 100, false]]);
    expect(found[199]).toEqual([[5, agencyOf(0), 2023, 100, false]]);
    expect(found.slice(1, 199).flat()).toEqual([]);
  });
});

describe("Y03 tables across a large set", () => {
  it("names the first other agency in the set's order printing the same table", () => {
    const rnd = new Random(11);
    const set = Array.from({ length: 60 }, (_, i) => report(i, 2023, text(rnd, 80)));
    const t3 = Object.fromEntries(
      Object.entries(set[0]?.cells ?? {}).filter(([id]) => id.startsWith("t3.")),
    );
    const withT3 = (r: Report | undefined): Report => ({ ...r!, cells: { ...r!.cells, ...t3 } });
    // The same agency's other year prints it too: not a copy.
    set[20] = withT3(report(20, 2022, text(rnd, 80), agencyOf(0)));
    set[45] = withT3(set[45]);
    set[59] = withT3(set[59]);
    const found = checkSet(set).map((fs) =>
      fs.filter((f) => f.code === "copied_table").map(renderMessage),
    );
    expect(found[0]).toEqual([`表三数据与「${agencyOf(45)}」2023年报告完全相同，疑似照抄`]);
    expect(found[20]).toEqual([`表三数据与「${agencyOf(45)}」2023年报告完全相同，疑似照抄`]);
    expect(found[45]).toEqual([`表三数据与「${agencyOf(0)}」2023年报告完全相同，疑似照抄`]);
    expect(found[59]).toEqual([`表三数据与「${agencyOf(0)}」2023年报告完全相同，疑似照抄`]);
    expect(found.filter((f) => f.length)).toHaveLength(4);
  });
});

describe("the bounds the index and the comparison rely on", () => {
  // Grams with one n-gram set (exact similarity 1) and the sketches given: similarity() is then
  // 1 or 0 as the sketches alone decide.
  const same = new Set(Array.from({ length: 300 }, (_, i) => `g${i}`));
  const grams = (sketch: number[]): Grams => ({ set: same, sketch });
  const upTo = (n: number) => Array.from({ length: n }, (_, i) => i);

  it("mayReach is false only where similarity is 0, and tight when one sketch starts the other", () => {
    for (const threshold of [0.95, 0.9, 0.8, 0.6, 0.3, 0.2]) {
      for (let long = 1; long <= 64; long++) {
        for (let shared = 0; shared <= long; shared++) {
          const a = grams(upTo(long));
          const b = grams(upTo(shared));
          expect(similarity(a, b, threshold) > 0, `${shared}/${long} at ${threshold}`).toBe(
            mayReach(a, b, shared, threshold),
          );
        }
      }
    }
  });

  it("similarity is exact from the threshold up, whichever grams differ first", () => {
    const sketch = [1];
    for (const threshold of [0.95, 0.9, 0.8, 0.75, 0.6]) {
      for (let small = 4; small <= 30; small++) {
        for (let large = small; large <= small + 4; large++) {
          for (let shared = 0; shared <= small; shared++) {
            // The grams of its own first: the comparison meets what is missing before the rest.
            const a: Grams = {
              set: new Set([
                ...upTo(small - shared).map((i) => `a${i}`),
                ...upTo(shared).map(String),
              ]),
              sketch,
            };
            const b: Grams = {
              set: new Set([
                ...upTo(shared).map(String),
                ...upTo(large - shared).map((i) => `b${i}`),
              ]),
              sketch,
            };
            const exact = shared / (small + large - shared);
            const sim = similarity(a, b, threshold);
            expect(sim >= threshold, `${shared} of ${small}, ${large}`).toBe(exact >= threshold);
            if (exact >= threshold) expect(sim).toBe(exact);
          }
        }
      }
    }
  });

  it("the index meets every sketch that similarity does not rule out", () => {
    for (const seed of [1, 2, 3]) {
      const rnd = new Random(seed);
      // Sketches starting a common one (its head is in nearly all: the index's common values),
      // and sketches of their own values.
      const sketches = Array.from({ length: 60 }, (_, i) =>
        i % 4
          ? upTo(rnd.int(1, 64))
          : [...new Set(Array.from({ length: rnd.int(1, 64) }, () => rnd.int(0, 200)))].sort(
              (x, y) => x - y,
            ),
      );
      const set = sketches.map((_, i) => makeReport({ agency: agencyOf(i) }));
      const all = sketches.map(grams);
      const index = indexGrams(set, all);
      for (const threshold of [0.9, 0.8, 0.6, 0.3]) {
        all.forEach((mine, i) => {
          const similar = set.filter((_, j) => similarity(mine, all[j]!, threshold) > 0);
          // A report of the set (the pairs met once for all) and one outside it.
          for (const report of [set[i]!, makeReport()]) {
            const met = meeting(index, report, mine, threshold);
            const others = similar.filter((r) => r !== set[i]);
            expect(
              met.filter((r) => others.includes(r)),
              `${seed} ${i} ${threshold}`,
            ).toEqual(others);
            if (threshold === 0.9) expect(met.length).toBeLessThan(set.length);
          }
        });
      }
    }
  });
});
