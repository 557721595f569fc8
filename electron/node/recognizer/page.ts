import {
  binarise,
  crop,
  inkBox,
  inkCount,
  rows,
  stripCuts,
  threshold,
  whiten,
  type Binary,
  type Box,
  type Gray,
} from "../../../shared/scan/image.js";
import { findRulings } from "../../../shared/scan/rulings.js";
import { rotate, skewAngle } from "../../../shared/scan/deskew.js";
import { findGrids, type GridCell } from "../../../shared/scan/grid.js";
import { combine, looksNumeric, mistaken, tidy } from "../../../shared/scan/reading.js";
import type { OcrBlock, OcrCell, OcrPage, PageBox } from "../../../shared/model/scan.js";
import { Recogniser, type TextLine } from "./engine.js";

interface Scan {
  gray: Gray;
  bin: Binary;
  dpi: number;
  rec: Recogniser;
}

function points(b: Box, dpi: number): PageBox {
  const k = 72 / dpi;
  const r = (n: number) => Math.round(n * k * 10) / 10;
  return [r(b.x0), r(b.y0), r(b.x1 - b.x0), r(b.y1 - b.y0)];
}

function inset(b: Box, d: number): Box {
  return { x0: b.x0 + d, y0: b.y0 + d, x1: b.x1 - d, y1: b.y1 - d };
}

async function readCell(s: Scan, c: GridCell): Promise<OcrCell> {
  const place = { row: c.row, col: c.col, rowspan: c.rowspan, colspan: c.colspan };
  const box = points(c.box, s.dpi);
  // Inside the rulings (their thickness and a JPEG halo), and a few specks are no ink.
  const inner = inset(c.box, Math.round(s.dpi / 25) + 2);
  const ink = inkBox(s.bin, inner);
  const specks = Math.round((s.dpi / 150) ** 2 * 12);
  if (!ink || inkCount(s.bin, ink) < specks)
    return { ...place, box, text: "", confidence: 100, numeric: false };
  const img = crop(s.gray, ink, 12, s.dpi < 200 ? 2 : 1);
  const digits = await s.rec.digits(img);
  const general = await s.rec.cell(img);
  if (looksNumeric(digits) || mistaken(digits, general))
    return { ...place, box, ...combine(digits, general) };
  return {
    ...place,
    box,
    text: tidy(general.text),
    confidence: general.confidence,
    numeric: false,
  };
}

/** The prose of a page (tables painted out), read as strips in parallel. */
async function proseLines(img: Gray, rec: Recogniser): Promise<TextLine[]> {
  const cuts = [0, ...stripCuts(img, Recogniser.PROSE_STRIPS), img.height];
  const strips = await Promise.all(
    cuts.slice(1).map(async (y1, i) => {
      const y0 = cuts[i] as number;
      const lines = await rec.lines(rows(img, y0, y1));
      return lines.map((l) => ({ ...l, y0: l.y0 + y0, y1: l.y1 + y0 }));
    }),
  );
  return strips.flat();
}

/**
 * Rulings are found on a paler mask than ink: a hairline resampled from a scan (or not quite
 * level, antialiased over two rows) is light grey in places. Text made bolder by it stays
 * too thick to pass for a ruling.
 */
const RULING_GREY = 215;

/** Lines this unsure are noise (specks, a stamp's edge), not prose. */
const NOISE = 30;

/** One page image → its ruled tables (cell by cell) and its lines of prose, in page points. */
export async function recognisePage(
  scan: Gray,
  dpi: number,
  size: { width: number; height: number },
  rec: Recogniser,
): Promise<OcrPage> {
  const angle = skewAngle(binarise(scan));
  const gray = angle === 0 ? scan : rotate(scan, -angle);
  const bin = binarise(gray);
  const rulings = threshold(gray, RULING_GREY);
  const grids = findGrids(rulings, findRulings(rulings, dpi), dpi);
  const s: Scan = { gray, bin, dpi, rec };
  const margin = Math.round(dpi / 30);
  const prose = proseLines(
    whiten(
      gray,
      grids.map((g) => inset(g.box, -margin)),
    ),
    rec,
  );
  const tables = await Promise.all(
    grids.map(async (g): Promise<{ y: number; block: OcrBlock }> => {
      const cells = await Promise.all(g.cells.map((c) => readCell(s, c)));
      return { y: g.box.y0, block: { kind: "table", rows: g.rows, cols: g.cols, cells } };
    }),
  );
  const lines = (await prose)
    .map((l) => ({ ...l, text: tidy(l.text) }))
    .filter((l) => l.text && l.confidence >= NOISE)
    .map((l): { y: number; block: OcrBlock } => ({
      y: l.y0,
      block: {
        kind: "line",
        line: { text: l.text, confidence: l.confidence, box: points(l, dpi) },
      },
    }));
  const blocks = [...tables, ...lines].sort((a, b) => a.y - b.y).map((b) => b.block);
  return { width: size.width, height: size.height, skew: angle, blocks };
}
