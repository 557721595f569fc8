import type { Report } from "../model/report.js";
import type { ReadResult } from "../model/outcome.js";
import { readError } from "../model/errors.js";
import type { Pictures, SourceDocument } from "./source.js";
import { findSections } from "./meta/sections.js";
import { findTitle } from "./meta/title.js";
import { findClosing } from "./meta/closing.js";
import { resolveAgency } from "./meta/agency.js";
import { inferLevel } from "../agency/level.js";
import { headedTables, tableRegions } from "./tables/regions.js";
import { readRows } from "./tables/parts.js";
import { detectVersion } from "./tables/version.js";
import { emptyOutput } from "./tables/cells.js";
import { readTable2 } from "./tables/table2.js";
import { readTable3 } from "./tables/table3.js";
import { readTable4 } from "./tables/table4.js";
import { overLimits } from "./limits.js";

export type { ReadResult } from "../model/outcome.js";

function pictureParams(table: number, p: Pictures): Record<string, number | string> {
  return p.pages ? { table, count: p.count, pages: p.pages } : { table, count: p.count };
}

/** A report titled as one, with pictures and no table in its text: its tables are the pictures. */
const noTables = (p: Pictures | undefined) =>
  p
    ? readError("TABLES_AS_PICTURES", `${p.pages ? `第 ${p.pages} 页` : ""}${p.count} 张图片`)
    : readError("NO_TABLES");

/** Reads the report model from a front end's rows: metadata, sections and the three tables. */
export function readReport(doc: SourceDocument): ReadResult {
  const tooBig = overLimits(doc);
  if (tooBig) return { ok: false, error: tooBig };
  const found = findSections(doc.rows, doc.text.length);
  const headings = new Map(found.map((f) => [f.row, f.section.no]));
  const firstSection = found.length ? Math.min(...found.map((f) => f.row)) : 12;
  const title = findTitle(doc.rows, Math.max(firstSection, 1));
  const closing = findClosing(doc.rows);
  const out = emptyOutput();
  const rows = readRows(doc.rows);
  let version = detectVersion(rows);
  if (!version && title?.year) {
    version = title.year >= 2021 ? "2021" : "2019";
    out.messages.push({ code: "TEMPLATE_GUESSED", params: { version } });
  }
  const regions = tableRegions(rows, headings);
  const tables = { 2: false, 3: false, 4: false };
  if (version) {
    tables[2] = readTable2(regions[2], version, out);
    tables[3] = readTable3(regions[3], version, out);
  }
  tables[4] = readTable4(regions[4], out);
  // Found but unread: its cells stay unknown (S10 names them), never blank nor missing (S05).
  const headed = headedTables(rows, regions);
  for (const t of doc.unreadTables ?? []) headed.add(t);
  for (const t of [2, 3, 4] as const)
    if (!tables[t] && headed.has(t)) {
      tables[t] = true;
      out.messages.push({ code: "TABLE_UNREAD", params: { table: t } });
    }
  const pictures = doc.pictures;
  if (!tables[2] && !tables[3] && !tables[4])
    return { ok: false, error: noTables(pictures && title ? pictures : undefined) };
  for (const t of [2, 3, 4] as const)
    if (!tables[t] && pictures) {
      // A table the text lacks beside pictures not read may be one of them: unread (S10), not missing.
      tables[t] = true;
      out.messages.push({ code: "TABLE_PICTURE", params: pictureParams(t, pictures) });
    } else if (!tables[t]) out.messages.push({ code: "TABLE_NOT_FOUND", params: { table: t } });
  const agency = resolveAgency(title?.body ?? "", closing.signature, doc.text);
  const report: Report = {
    format: doc.format,
    title: title?.title ?? "",
    agency,
    year: title?.year ?? null,
    template: version,
    level: inferLevel(agency),
    published: closing.published,
    sections: found.map((f) => f.section),
    text: doc.text,
    cells: out.cells,
    tables,
    labels: out.labels,
    shapes: out.shapes,
    messages: [...doc.messages, ...out.messages],
  };
  if (doc.layout) report.layout = doc.layout;
  return { ok: true, report };
}
