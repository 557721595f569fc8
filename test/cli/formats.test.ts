import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { APP_ROOT } from "../../electron/node/paths.js";

interface Checked {
  file: string;
  ok: boolean;
  error: { code: string; message: string } | null;
  report: {
    format: string;
    agency: string;
    year: number;
    cells: Record<string, unknown>;
    messages: { code: string; params: Record<string, unknown>; message: string }[];
  } | null;
}

function check(files: string[]): { status: number | null; results: Checked[] } {
  const res = spawnSync(
    "node",
    [join(APP_ROOT, "bin", "nianbao.js"), "check", "--json", ...files],
    {
      encoding: "utf8",
      maxBuffer: 1 << 28,
    },
  );
  return { status: res.status, results: JSON.parse(res.stdout) as Checked[] };
}

const fixture = (path: string) => join(APP_ROOT, "test", "fixtures", path);

beforeAll(() => {
  if (!existsSync(join(APP_ROOT, "dist", "cli.js")))
    execFileSync("npm", ["run", "build"], { cwd: APP_ROOT, stdio: "inherit" });
});

describe("check on saved web pages and old Word files", () => {
  it("reads .html, .mhtml, .mht, .htm, .doc and .wps with their format", () => {
    const files = [
      "web/syfgj2023.html",
      "web/chrome-qp.mhtml",
      "web/ie-base64-gb2312.mht",
      "web/no-charset-gbk.htm",
      "word97/000_717827ae4ea6615a.doc",
      "word97/wps-format.wps",
    ];
    const { results } = check(files.map(fixture));
    expect(results.map((r) => [r.ok, r.report?.format])).toEqual([
      [true, "html"],
      [true, "mhtml"],
      [true, "mhtml"],
      [true, "html"],
      [true, "doc"],
      [true, "wps"],
    ]);
    expect(results[0]?.report).toMatchObject({ agency: "沭阳县发展和改革局", year: 2023 });
    for (const r of results) expect(Object.keys(r.report?.cells ?? {}).length).toBeGreaterThan(190);
  });

  it("reads a web archive saved under a .doc name as the page it is, and says so", () => {
    const dir = mkdtempSync(join(tmpdir(), "nb-formats-"));
    const doc = join(dir, "年报.doc");
    writeFileSync(doc, readFileSync(fixture("web/chrome-qp.mhtml")));
    const [r] = check([doc]).results;
    expect(r?.report?.format).toBe("mhtml");
    // check --json carries the message as data and as the sentence the inspector reads.
    expect(r?.report?.messages).toContainEqual({
      code: "EXTENSION_MISMATCH",
      params: { declared: "doc", format: "mhtml" },
      message: "文件扩展名为 .doc，实际内容为 mhtml 格式",
    });
  });

  it("gives each unreadable page or file its own code and a Chinese message (exit 2)", () => {
    const dir = mkdtempSync(join(tmpdir(), "nb-formats-"));
    const write = (name: string, text: string) => {
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    };
    const files = [
      write("框架.html", '<html><body><iframe src="content.html"></iframe></body></html>'),
      write(
        "坏存档.mhtml",
        "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=x\r\n\r\n--x--\r\n",
      ),
      write("旧版.wps", "\u0000WPS\u0000 not an OLE file"),
      write("报告.doc", "{\\rtf1\\ansi 一、总体情况}"),
    ];
    const { status, results } = check(files);
    expect(status).toBe(2);
    expect(results.map((r) => r.error?.code)).toEqual([
      "HTML_NO_TEXT",
      "MHTML_CORRUPT",
      "WPS_UNREADABLE",
      "DOC_CORRUPT",
    ]);
    for (const r of results) expect(r.error?.message).toMatch(/[\u4e00-\u9fff]/);
    expect(results[2]?.error?.message).toMatch(/另存为 \.docx/);
  });
});
