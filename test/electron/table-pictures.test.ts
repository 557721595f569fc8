import { readFileSync } from "node:fs";
import { createCanvas } from "@napi-rs/canvas";
import { describe, expect, it } from "vitest";
import { readReportBytes } from "../../electron/node/workers/reader.js";
import type { Report } from "../../shared/model/report.js";
import { checkReport } from "../../shared/rules/index.js";
import { officeReport, type OfficeBlock } from "../gen/office/document.js";
import { randomLook } from "../gen/office/look.js";
import { writeDocx } from "../gen/office/write-docx.js";
import { printPage } from "../gen/print/page.js";

/** A grey picture with a frame: what a pasted screenshot is to a reader that does not look at it. */
function png(): Uint8Array {
  const canvas = createCanvas(600, 400);
  const g = canvas.getContext("2d");
  g.fillStyle = "#eee";
  g.fillRect(0, 0, 600, 400);
  g.strokeRect(10, 10, 580, 380);
  return new Uint8Array(canvas.toBuffer("image/png"));
}

const isTable3 = (b: OfficeBlock) =>
  b.kind === "table" && (b.table.rows[0]?.cells[0]?.paras.join("") ?? "").startsWith("（本列");
const picture: OfficeBlock = { kind: "picture", png: png(), width: 450, height: 300 };

async function docx(swap: (b: OfficeBlock) => OfficeBlock | null): Promise<Uint8Array> {
  const look = randomLook(11);
  const r = officeReport(11, "2021", look);
  const blocks = r.blocks.map(swap).filter((b): b is OfficeBlock => b !== null);
  return writeDocx(blocks, look);
}

/** The generated portal page with its table 三 replaced by `by`. */
function page(by: string): Uint8Array {
  const html = printPage(12, "2021").html;
  const tables = html.match(/<table[\s\S]*?<\/table>/g) ?? [];
  const t3 = tables.find((t) => t.includes("申请人情况"));
  if (!t3) throw new Error("no table 三 in the page");
  return new TextEncoder().encode(html.replace(t3, by));
}

const fixture = (path: string) =>
  new Uint8Array(readFileSync(new URL(`../fixtures/${path}`, import.meta.url)));

async function report(bytes: Uint8Array, name: string): Promise<Report> {
  const read = await readReportBytes(bytes, name, { ocr: false });
  if (!read.ok) throw new Error(`${read.error.code} ${read.error.message}`);
  return read.report;
}

const codes = (r: Report) => r.messages.map((m) => m.code);
const rules = (r: Report) => checkReport(r).map((f) => f.rule);

describe("a table pasted as a picture in a Word document (.docx, .doc) or on a web page", () => {
  it("is named unread beside the picture (S10), never missing (S05)", async () => {
    const withPicture = [
      await report(await docx((b) => (isTable3(b) ? picture : b)), "pic.docx"),
      await report(
        page(`<p><img src="report_files/t3.png" width="600" height="400"></p>`),
        "p.html",
      ),
      await report(fixture("pictures/table3-picture.doc"), "pic.doc"),
    ];
    for (const r of withPicture) {
      expect(codes(r)).toContain("TABLE_PICTURE");
      expect(codes(r)).not.toContain("TABLE_NOT_FOUND");
      expect(rules(r)).toContain("S10");
      expect(rules(r)).not.toContain("S05");
      expect(Object.keys(r.cells).some((id) => id.startsWith("t3."))).toBe(false);
      expect(Object.keys(r.cells).some((id) => id.startsWith("t2."))).toBe(true);
    }
  });

  it("is missing (S05) when the document has no picture", async () => {
    const without = [
      await report(await docx((b) => (isTable3(b) ? null : b)), "none.docx"),
      await report(page(""), "none.html"),
    ];
    for (const r of without) {
      expect(codes(r)).toContain("TABLE_NOT_FOUND");
      expect(codes(r)).not.toContain("TABLE_PICTURE");
      expect(rules(r)).toContain("S05");
    }
  });

  it("makes a report whose every table is a picture its own error, not 'no report'", async () => {
    const all = await docx((b) => (b.kind === "table" ? picture : b));
    const read = await readReportBytes(all, "all.docx", { ocr: false });
    expect(read.ok ? "ok" : read.error.code).toBe("TABLES_AS_PICTURES");
    const bare = await docx((b) => (b.kind === "table" ? null : b));
    const none = await readReportBytes(bare, "bare.docx", { ocr: false });
    expect(none.ok ? "ok" : none.error.code).toBe("NO_TABLES");
  });
});
