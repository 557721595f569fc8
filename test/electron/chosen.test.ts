import { describe, expect, it } from "vitest";
import { ChosenPaths } from "../../electron/node/chosen.js";

describe("file paths from the renderer are confined to what the inspector chose in a dialog", () => {
  const chosen = new ChosenPaths();
  chosen.add(["/home/u/报告/宜丰县.docx", "/home/u/报告/紫阳县.pdf"], false);
  chosen.add(["/home/u/2023年度"], true);

  it.each([
    "/home/u/报告/宜丰县.docx",
    "/home/u/报告/./紫阳县.pdf",
    "/home/u/2023年度/县政府.txt",
    "/home/u/2023年度/子目录/a.pdf",
  ])("lets %s through", (p) => expect(chosen.allows(p)).toBe(true));

  it.each([
    "/etc/passwd",
    "/home/u/报告/其他.docx",
    "/home/u/报告",
    "/home/u/2023年度/../.ssh/id_rsa",
    "/home/u/2023年度x/a.txt",
    "/home/u/报告/宜丰县.docx/../../.bashrc",
    "报告/宜丰县.docx",
    "../../etc/passwd",
    "/home/u/报告/宜丰县.docx\u0000.txt",
    "",
  ])("refuses %j", (p) => expect(chosen.allows(p)).toBe(false));

  it("lists the refused paths of a request", () => {
    expect(chosen.refused(["/home/u/2023年度/a.txt", "/etc/shadow"])).toEqual(["/etc/shadow"]);
    expect(new ChosenPaths().refused(["/home/u/报告/宜丰县.docx"])).toHaveLength(1);
  });
});
