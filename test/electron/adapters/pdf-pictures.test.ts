import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { pdfPictures } from "../../../electron/node/adapters/pdf-pictures.js";

const fixture = (path: string) =>
  new Uint8Array(readFileSync(new URL(`../../fixtures/${path}`, import.meta.url)));

describe("the large pictures a PDF paints", () => {
  it("finds a table pasted as a screenshot, on its page and at its size", async () => {
    const found = await pdfPictures(fixture("print-images/portal-704.images-3.pdf"));
    expect(found.map((p) => p.page)).toEqual([2]);
    const box = found[0]?.box;
    expect(box && box.y2 - box.y).toBeGreaterThan(400);
    expect(box && box.x2 - box.x).toBeGreaterThan(500);
  });

  it("finds none in published and office PDFs whose tables are text", async () => {
    for (const f of ["real/hzq2023.pdf", "real/haszf2024.pdf", "office/word-2021.pdf"])
      expect(await pdfPictures(fixture(f))).toEqual([]);
  });
});
