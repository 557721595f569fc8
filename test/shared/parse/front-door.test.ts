import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readContent } from "../../../shared/parse/index.js";
import { readerText } from "../../../shared/messages/index.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((f) => {
    const rel = join(dir, f);
    if (statSync(join(root, rel)).isDirectory()) return sources(rel);
    return /\.tsx?$/.test(f) ? [rel] : [];
  });
}

// issue 18.5: the workers, the CLI and the workbench reach the reader through one entry point.
describe("the reader's one front door (shared/parse/index.ts)", () => {
  it("is the only part of shared/parse that code outside it runs", () => {
    const chained = ["electron", "bin", "renderer"].flatMap(sources).flatMap((file) =>
      readFileSync(join(root, file), "utf8")
        .split("\n")
        .filter((l) => /^import (?!type)/.test(l) && /shared\/parse\/(?!index\.js)/.test(l))
        .map((l) => `${file}: ${l}`),
    );
    expect(chained).toEqual([]);
  });

  it("reads a text report and says what the caller learnt of the file", () => {
    const text = readFileSync(join(root, "test/fixtures/corpus/000_717827ae4ea6615a.txt"));
    const note = { code: "EXTENSION_MISMATCH", params: { declared: "pdf", format: "txt" } };
    const res = readContent({ kind: "txt", bytes: new Uint8Array(text) }, [note]);
    if (!res.ok) throw new Error(res.error.message);
    expect(Object.keys(res.report.cells).length).toBeGreaterThan(100);
    expect(res.report.messages).toContainEqual(note);
    expect(readerText(note)).toBe("文件扩展名为 .pdf，实际内容为 txt 格式");
  });
});
