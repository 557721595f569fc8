import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { pageImage } from "../../../electron/node/services/page-image.js";
import { scanPdf } from "../../../scripts/scan.mjs";

const PDF = "test/fixtures/corpus/004_f3bbfa1004ed2dd6.pdf";

describe("a page of a report's source as an image (audit:pageImage)", () => {
  it("draws the page of a scan as a JPEG, with the page size its boxes are measured in", async () => {
    const img = await pageImage("r1", 2, new Uint8Array(scanPdf(PDF)));
    expect(img).toMatchObject({ reportId: "r1", page: 2 });
    expect(img.width).toBeCloseTo(595.7, 0);
    expect(img.height).toBeCloseTo(841.9, 0);
    const jpeg = Buffer.from(img.src.replace(/^data:image\/jpeg;base64,/, ""), "base64");
    expect([jpeg[0], jpeg[1]]).toEqual([0xff, 0xd8]);
  });

  it("refuses a page the file does not have, and a source that is no PDF", async () => {
    const bytes = new Uint8Array(readFileSync(PDF));
    await expect(pageImage("r1", 9, bytes)).rejects.toThrow("报告只有 3 页");
    await expect(pageImage("r1", 1, new TextEncoder().encode("一、总体情况"))).rejects.toThrow(
      "没有可显示的页面图像",
    );
    await expect(pageImage("r1", 1, undefined)).rejects.toThrow();
  });
});
