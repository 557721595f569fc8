import { describe, expect, it } from "vitest";
import { looksLikeReport } from "../../../electron/node/adapters/folders.js";
import { triage, type Picked } from "../../../renderer/features/reports/files.js";

const picked = (name: string): Picked => ({
  file: null as unknown as File,
  name,
  fromFolder: true,
});

describe("which files of a folder are reports", () => {
  it("takes saved pages and old Word files, not the frames a browser saved beside a page", () => {
    for (const f of [
      "年报/县政府.html",
      "年报/县政府.htm",
      "年报/县发改局.mhtml",
      "年报/局.mht",
      "年报/旧.doc",
      "年报/旧.wps",
    ])
      expect(looksLikeReport(f), f).toBe(true);
    for (const f of [
      "年报/县政府_files/footer.html",
      "年报/县政府.files/frame.htm",
      "年报/说明.xlsx",
    ])
      expect(looksLikeReport(f), f).toBe(false);
    const { send, skipped } = triage(
      ["年报/县政府.html", "年报/县政府_files/footer.html", "年报/旧.wps", "年报/a.mht"].map(
        picked,
      ),
    );
    expect(send.map((p) => p.name)).toEqual(["年报/县政府.html", "年报/旧.wps", "年报/a.mht"]);
    expect(skipped.map((o) => o.file)).toEqual(["年报/县政府_files/footer.html"]);
  });
});
