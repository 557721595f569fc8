// Entry of scripts/gen-batch.mjs: node scripts/gen-batch.mjs OUT_DIR [COUNT] [SEED].
import { generateSet } from "./index.js";

const [dir, count = "200", seed = "1"] = process.argv.slice(2);
if (!dir) {
  process.stderr.write("用法：node scripts/gen-batch.mjs 输出目录 [份数=200] [种子=1]\n");
  process.exit(2);
}
const t = Date.now();
const set = await generateSet(dir, Number(count), Number(seed));
const by = (f: string) => set.reports.filter((r) => r.format === f).length;
process.stdout.write(
  `已生成 ${set.reports.length} 份报告（txt UTF-8 ${by("txt-utf8")}，txt GB18030 ${by("txt-gb18030")}，docx ${by("docx")}，pdf ${by("pdf")}）` +
    `和 ${set.others.length} 个其他文件，用时 ${((Date.now() - t) / 1000).toFixed(1)} s：${dir}\n`,
);
