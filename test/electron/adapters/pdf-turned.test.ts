import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readReportBytes } from "../../../electron/node/workers/reader.js";

const fixture = (path: string) =>
  new Uint8Array(readFileSync(new URL(`../../fixtures/${path}`, import.meta.url)));

/** The file with every other page set sideways (/Rotate), its text still level on the page. */
function turned(bytes: Uint8Array, turn: number): Uint8Array {
  let n = 0;
  const text = new TextDecoder("latin1")
    .decode(bytes)
    .replace(/\/Type\s*\/Page(?![s\w])/g, (m) => (n++ % 2 ? m : `${m}/Rotate ${turn}`));
  expect(n).toBeGreaterThan(1);
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}

describe("a PDF whose pages are set sideways (/Rotate) over level text", () => {
  const file = "office/word-2021.pdf";
  const want = JSON.parse(new TextDecoder().decode(fixture(`${file}.expected.json`))) as {
    cells: Record<string, number | string | null>;
  };

  for (const turn of [90, 180, 270])
    it(`reads every cell as the upright file does (/Rotate ${turn})`, async () => {
      const read = await readReportBytes(turned(fixture(file), turn), "turned.pdf", { ocr: false });
      if (!read.ok) throw new Error(read.error.message);
      const cells = read.report.cells;
      const wrong = Object.entries(want.cells).filter(([id, v]) => cells[id]?.value !== v);
      expect(wrong).toEqual([]);
      expect(read.report.year).toBe(2021);
    });
});
