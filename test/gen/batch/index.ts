import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { Random } from "../random.js";
import { contents } from "./content.js";
import { reportBlocks } from "./document.js";
import { planSet, type FileFormat, type Plant } from "./plan.js";
import { writeDocx } from "./write-docx.js";
import { writePdf, type CellAlign } from "./write-pdf.js";

const ALIGNS: CellAlign[] = ["top", "centre", "bottom"];
import { writeTxt } from "./write-txt.js";

export interface SetEntry {
  file: string;
  agency: string;
  year: number;
  template: string;
  format: FileFormat;
  plants: Plant[];
  previous: string | null;
  copyOf: string | null;
}

export interface GeneratedSet {
  reports: SetEntry[];
  /** Files in the folder that are no report (to be skipped on import). */
  others: string[];
}

const EXT: Record<FileFormat, string> = {
  "txt-utf8": "txt",
  "txt-gb18030": "txt",
  docx: "docx",
  pdf: "pdf",
};

/** The folder of the agency: a county's or the city's. */
function folderOf(agency: string): string {
  return /^(.+?县)/.exec(agency)?.[1] ?? "市直";
}

async function bytesOf(format: FileFormat, blocks: ReturnType<typeof reportBlocks>, rng: Random) {
  if (format === "docx") return writeDocx(blocks);
  if (format === "pdf")
    return writePdf(blocks, {
      align: ALIGNS[rng.int(0, ALIGNS.length - 1)] as CellAlign,
      repeatHeader: rng.chance(0.5),
    });
  return writeTxt(blocks, rng, format === "txt-utf8" ? "utf-8" : "gb18030");
}

const OTHERS: [string, string | Uint8Array][] = [
  ["说明.xlsx", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0])],
  ["封面.png", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
  [
    "青石县/会议通知.txt",
    "关于召开政务公开工作推进会的通知\n请各单位于周五上午九点到三楼会议室参会。\n",
  ],
  ["市直/.DS_Store", new Uint8Array([0, 0, 0, 1])],
  ["市直/~$报告.docx", new Uint8Array([1, 2, 3])],
];

/** Writes `count` generated reports (mixed formats, in county folders) and a few other files. */
export async function generateSet(dir: string, count = 200, seed = 1): Promise<GeneratedSet> {
  const plans = planSet(count, seed);
  const texts = contents(plans);
  const names = plans.map(
    (p, i) =>
      `${folderOf(p.agency.name)}/${texts[i]?.title.replace("政府信息公开工作年度报告", "年度报告")}.${EXT[p.format]}`,
  );
  const reports: SetEntry[] = [];
  for (const [i, p] of plans.entries()) {
    const c = texts[i];
    if (!c) continue;
    const file = names[i] as string;
    const bytes = await bytesOf(p.format, reportBlocks(c), new Random(p.seed ^ 0x5bd1e995));
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), bytes);
    reports.push({
      file,
      agency: p.agency.name,
      year: p.year,
      template: p.template,
      format: p.format,
      plants: p.plants,
      previous: p.previous === null ? null : (names[p.previous] ?? null),
      copyOf: p.copyOf === null ? null : (names[p.copyOf] ?? null),
    });
  }
  for (const [name, data] of OTHERS) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), data);
  }
  const set = { reports, others: OTHERS.map(([n]) => n) };
  writeFileSync(
    join(dir, "..", `${dir.split("/").pop()}.manifest.json`),
    JSON.stringify(set, null, 1),
  );
  return set;
}
