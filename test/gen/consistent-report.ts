import { LEVELS } from "../../shared/model/report.js";
import type { Level, Report, TemplateVersion } from "../../shared/model/report.js";
import { CN_NUMERALS, SECTION_TITLES } from "../../shared/templates/sections.js";
import { consistentValues } from "./cells.js";
import type { Values } from "./cells.js";
import { Random, chinese } from "./random.js";
import { TextBuilder } from "./text-builder.js";
import { printTables } from "./tables.js";

const PLACES = ["青石", "梅岭", "临江", "望川", "云溪", "石门", "南屏", "白沙", "清河", "江城"];
const DEPTS = ["交通运输局", "自然资源局", "农业农村局", "住房和城乡建设局", "卫生健康委员会"];
const KNOWN_LEVELS = LEVELS.filter((l) => l !== "other");

function agencyOf(rng: Random, level: Level): string {
  const p = rng.pick(PLACES);
  const names: Record<Level, string> = {
    province: `${p}省人民政府`,
    "city-gov": `${p}市人民政府`,
    "city-dept": `${p}市${rng.pick(DEPTS)}`,
    "county-gov": `${p}县人民政府`,
    "county-dept": `${p}县${rng.pick(DEPTS)}`,
    township: `${p}县${rng.pick(PLACES)}镇人民政府`,
    other: p,
  };
  return names[level];
}

/** A figure as a narrative prints it: digits, or now and then Chinese numerals. */
function say(rng: Random, n: number): string {
  return n < 100 && rng.chance(0.2) ? chinese(n) : String(n);
}

function overview(b: TextBuilder, rng: Random, v: Values, agency: string, year: number): void {
  const site = rng.int(50, 3000);
  const media = rng.int(50, 3000);
  const n = (id: string) => v[id] ?? 0;
  b.line(
    `${year}年，${agency}认真贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外，不断提升政务公开质量和实效。`,
  );
  b.line(`本报告所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`);
  b.line(
    `（一）主动公开。全年共主动公开政府信息${site + media}条，其中通过政府网站发布${site}条，通过政务新媒体发布${media}条。`,
  );
  b.line(
    `（二）依申请公开。全年共收到政府信息公开申请${say(rng, n("t3.new.total"))}件，上年结转${n("t3.carried.total")}件，` +
      `办结${say(rng, n("t3.total.total"))}件，其中予以公开${n("t3.granted.total")}件，结转下年度继续办理${n("t3.carryOver.total")}件。`,
  );
  const review = n("t4.review.total");
  const suits = n("t4.suitDirect.total") + n("t4.suitAfterReview.total");
  b.line(
    review === 0 && suits === 0
      ? "本年度未发生因政府信息公开引起的行政复议、行政诉讼。"
      : `因政府信息公开工作被申请行政复议${say(rng, review)}件，被提起行政诉讼${say(rng, suits)}件。`,
  );
}

/** A random report that breaks no rule: both templates, realistic sections, text and dates. */
export function consistentReport(seed: number, template?: TemplateVersion): Report {
  const rng = new Random(seed);
  const v = template ?? rng.pick(["2019", "2021"] as const);
  const year = v === "2019" ? rng.int(2019, 2020) : rng.int(2021, 2024);
  const level = rng.pick(KNOWN_LEVELS);
  const agency = agencyOf(rng, level);
  const values = consistentValues(rng, v, level);
  const b = new TextBuilder();
  const title = `${agency}${year}年政府信息公开工作年度报告`;
  b.line(rng.chance(0.3) ? `# ${title}` : title);
  b.line();
  const heading = (no: 1 | 2 | 3 | 4 | 5 | 6) => {
    const sep = rng.chance(0.2) ? " " : "";
    b.heading(no, `${CN_NUMERALS[no - 1]}、${sep}${SECTION_TITLES[no]}`);
  };
  heading(1);
  overview(b, rng, values, agency, year);
  printTables(b, v, values, heading);
  heading(5);
  b.line(
    "（一）存在的主要问题：政策解读形式较为单一，政务新媒体信息更新不够及时，基层公开队伍业务能力有待提升。",
  );
  b.line(
    "（二）改进情况：一是完善公开目录，二是丰富解读形式，三是加强业务培训，推动政务公开提质增效。",
  );
  heading(6);
  b.line(v === "2021" ? `本机关${year}年度未收取信息处理费。` : "无其他需要报告的事项。");
  b.endSections();
  b.line();
  b.line(agency);
  const day = rng.int(5, 28);
  b.line(`${year + 1}年1月${day}日`);
  return {
    format: "txt",
    title,
    agency,
    year,
    template: v,
    level,
    published: `${year + 1}-01-${String(day).padStart(2, "0")}`,
    sections: b.sections,
    text: b.text,
    cells: b.cells,
    tables: { 2: true, 3: true, 4: true },
    labels: [],
    shapes: [],
    messages: [],
  };
}
