// Renders the audit memo of the sample reports to PDF and PNG pages to look at:
//   node scripts/memo-pdf.mjs [FOLDER] [OUT]   (default build/samples → .tmp/memo-pdf)
// The 公文 fonts are absent here, so a private fontconfig maps them to installed stand-ins
// (Noto Serif/Sans CJK SC; AR PL UKai from fonts-arphic-ukai where installed) for LibreOffice.
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const input = resolve(process.argv[2] ?? "build/samples");
const out = resolve(process.argv[3] ?? ".tmp/memo-pdf");
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const alias = (from, to, weight) =>
  `<match target="pattern"><test name="family"><string>${from}</string></test>` +
  `<edit name="family" mode="prepend" binding="strong"><string>${to}</string></edit>` +
  (weight ? `<edit name="weight" mode="assign"><const>${weight}</const></edit>` : "") +
  `</match>`;
const conf = join(out, "fonts.conf");
writeFileSync(
  conf,
  `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>` +
    `<include ignore_missing="yes">/etc/fonts/fonts.conf</include>` +
    alias("方正小标宋简体", "Noto Serif CJK SC", "bold") +
    alias("仿宋_GB2312", "Noto Serif CJK SC") +
    alias("黑体", "Noto Sans CJK SC", "medium") +
    alias("楷体_GB2312", "AR PL UKai CN") +
    alias("宋体", "Noto Serif CJK SC") +
    `</fontconfig>`,
);

const node = (...args) => execFileSync("node", ["bin/nianbao.js", ...args], { stdio: "inherit" });
node("memo", "--out", join(out, "审核意见.docx"), "--xlsx", join(out, "问题清单.xlsx"), input);
node("memo", "--per-report", "--out", join(out, "单份", "审核意见.docx"), input);

const env = { ...process.env, FONTCONFIG_FILE: conf };
const profile = `-env:UserInstallation=file://${join(out, "lo-profile")}`;
for (const dir of [out, join(out, "单份")]) {
  const docs = readdirSync(dir).filter((f) => f.endsWith(".docx"));
  execFileSync(
    "libreoffice",
    [profile, "--headless", "--convert-to", "pdf", "--outdir", dir, ...docs.map((d) => join(dir, d))],
    { env, stdio: "ignore" },
  );
  for (const pdf of readdirSync(dir).filter((f) => f.endsWith(".pdf")))
    execFileSync("pdftoppm", ["-png", "-r", "60", join(dir, pdf), join(dir, pdf.replace(/\.pdf$/, ""))]);
}
console.log(`PDF 与页面图片：${out}`);
