import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { readPdfReport } from "../../support/read-pdf.js";

// A ruled Chrome print (test/gen/print/fixtures.ts, print-breaks/) whose page breaks right
// before (六)其他处理, a row of the 2019 table spanning two label columns, under a row of blank
// cells: the row opens the page on its own, its values are not the rest of the row above.
it("a row opening a page with its own numbered label keeps its values; the row above stays blank", async () => {
  const file = fileURLToPath(
    new URL("../../fixtures/print-breaks/portal-815.print.pdf", import.meta.url),
  );
  const label = JSON.parse(readFileSync(`${file}.cells.json`, "utf8")) as {
    cells: Record<string, number | string | null>;
  };
  const report = await readPdfReport(new Uint8Array(readFileSync(file)));
  const ids = Object.keys(label.cells);
  expect(ids.filter((id) => report.cells[id]?.value !== label.cells[id])).toEqual([]);
});
