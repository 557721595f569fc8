import type { PlaceTier, PlaceTiers } from "../model/rule-pack.js";
import type { Level } from "../model/report.js";

// 宪法 art. 30: the four 直辖市 are at the level of a province; their 区 and 县 are counties.
const MUNICIPALITIES: PlaceTiers = {
  北京市: "province",
  天津市: "province",
  上海市: "province",
  重庆市: "province",
};

const DEPT = /(?:局|委员会|委|办公室|办公厅|办|中心|所|厅|院|队|站|处|管委会|管理委员会|公司|部)$/u;
/** The body that governs its place: its people's government, a zone's 管委会, a 街道办事处. */
const GOVERNS = /^(?:人民政府|政府|管委会|管理委员会|办事处|工委管委会)$/u;

// Words that contain a place character but name no place (城市管理, 市场监督, 社区, 园区 …).
const NOT_PLACE =
  /城市(?=管理|建设|规划|综合|执法|更新|服务|运行)|市场|市政|城乡|乡村|区域|社区|景区/gu;
/** Zones run by a 管委会 (开发区, 高新区, 综合实验区 …): no people's government of their own. */
const ZONE =
  /(?:开发区|高新区|园区|实验区|试验区|示范区|保税区|合作区|自贸区|度假区|风景区|功能区|集聚区)|新区(?=管委会|管理委员会|工委)/gu;
const PLACE = /(?:省|自治区|自治州|地区|市|州|盟|自治县|县|区|旗|镇|乡|街道)/gu;

const PLACE_END = new RegExp(`${PLACE.source}$`, "u");

/** Whether a name ends as a body's name does: a place, a government or a department. */
export function endsLikeBody(name: string): boolean {
  if (/网站$/u.test(name)) return false;
  return PLACE_END.test(name) || DEPT.test(name) || /(?:政府|办事处)$/u.test(name);
}

export interface Place {
  start: number;
  end: number;
  tier: PlaceTier;
}

function tierOf(suffix: string, previous: Place | undefined): PlaceTier {
  if (suffix === "省" || suffix === "自治区") return "province";
  if (suffix === "镇" || suffix === "乡" || suffix === "街道") return "township";
  if (suffix === "市")
    // A 市 under a 市 (苏州市昆山市) is a 县级市.
    return previous?.tier === "city" ? "county" : "city";
  if (/州|盟|地区/u.test(suffix)) return "city";
  return "county";
}

const TOKEN = new RegExp(`${ZONE.source}|${PLACE.source}`, "gu");
const PLACE_ONLY = new RegExp(`^${PLACE.source}$`, "u");

/** The places a name runs through, outermost first; named places (`known`) win over suffixes. */
export function places(name: string, known: PlaceTiers = MUNICIPALITIES): Place[] {
  const claimed = Object.entries(known).flatMap(([place, tier]) => {
    const at = name.indexOf(place);
    return at < 0 ? [] : [{ start: at, end: at + place.length, tier }];
  });
  const masked = name.replace(NOT_PLACE, (w) => "＿".repeat(w.length));
  const out: Place[] = [];
  for (const m of masked.matchAll(TOKEN)) {
    const start = m.index;
    const end = start + m[0].length;
    const claim = claimed.find((c) => start < c.end && end > c.start);
    if (claim) {
      if (!out.some((p) => p.end === claim.end)) out.push(claim);
      continue;
    }
    const prev = out[out.length - 1];
    // 苏州市, 通州区: a suffix right after another is the real one; the first was in the name.
    if (prev && start === prev.end && !claimed.includes(prev as (typeof claimed)[number]))
      out.pop();
    else if (prev && start === prev.end) continue;
    const zone = !PLACE_ONLY.test(m[0]);
    out.push({ start, end, tier: zone ? "zone" : tierOf(m[0], out[out.length - 1]) });
  }
  return out;
}

const GOVERNMENT: Record<PlaceTier, Level> = {
  province: "province",
  city: "city-gov",
  county: "county-gov",
  township: "township",
  zone: "other",
};
const DEPARTMENT: Record<PlaceTier, Level> = {
  province: "province",
  city: "city-dept",
  county: "county-dept",
  township: "township",
  zone: "other",
};

/**
 * Infers the administrative level of the issuing body from its name (rules.md "Level"): the
 * innermost place it names, and whether the body is that place's government or a department.
 * `known` names places whose tier the name does not tell (a rule pack's 县级市 or zones).
 */
export function inferLevel(agency: string, known: PlaceTiers = {}): Level {
  const name = agency.replace(/\s+/g, "");
  const chain = places(name, { ...MUNICIPALITIES, ...known });
  const last = chain[chain.length - 1];
  if (!last) return "other";
  const body = name.slice(last.end);
  if (body === "" || GOVERNS.test(body)) return GOVERNMENT[last.tier];
  if (!DEPT.test(body)) return "other";
  return DEPARTMENT[last.tier];
}
