/**
 * Paragraph properties of a Word 97–2003 file ([MS-DOC] 2.8.8 PlcBtePapx, 2.9.175 PapxFkp):
 * which paragraphs stand in a table, which mark ends a table row, and that row's cells
 * (sprmTDefTable: cell edges and merges). word-extractor reads the text but not these.
 */

export interface RowLayout {
  edges: number[];
  vmerge: number[];
  hmerge: number[];
}

export interface ParagraphRun {
  /** File offsets of the paragraph's first character and of the character after its mark. */
  fcStart: number;
  fcEnd: number;
  inTable: boolean;
  /** The paragraph is a table row's end mark (sprmPFTtp). */
  rowEnd: boolean;
  row?: RowLayout;
}

const sprmPFInTable = 0x2416;
const sprmPFTtp = 0x2417;
const sprmPHugePapx = 0x6646;
const sprmTDefTable = 0xd608;
const sprmTDefTable10 = 0xd606;
const sprmPChgTabs = 0xc615;
const sprmTVertMerge = 0xd62b;

/**
 * The operand's size in bytes ([MS-DOC] 2.2.5.1 Sprm.spra; 2.6.3 sprmTDefTable, sprmPChgTabs),
 * for an operand at `at` of a grpprl ending at `end`.
 */
function operandSize(buf: Buffer, sprm: number, at: number, end: number): number {
  switch (sprm >> 13) {
    case 0:
    case 1:
      return 1;
    case 2:
    case 4:
    case 5:
      return 2;
    case 3:
      return 4;
    case 7:
      return 3;
  }
  if (at >= end) return 1;
  if (sprm === sprmTDefTable || sprm === sprmTDefTable10)
    return at + 2 <= end ? 1 + buf.readUInt16LE(at) : end - at;
  if (sprm === sprmPChgTabs && buf[at] === 255) {
    const del = at + 1 < end ? (buf[at + 1] ?? 0) : 0;
    const addAt = at + 2 + del * 4;
    const add = addAt < end ? (buf[addAt] ?? 0) : 0;
    return 1 + 1 + del * 4 + 1 + add * 3;
  }
  return 1 + (buf[at] ?? 0);
}

/** sprmTDefTable's operand, bytes `at` to `end` of `buf`: the row's cell edges and merges. */
function defTable(buf: Buffer, at: number, end: number, row: RowLayout): void {
  const n = at + 2 < end ? (buf[at + 2] ?? 0) : 0;
  row.edges = [];
  row.vmerge = [];
  row.hmerge = [];
  for (let i = 0; i <= n && 3 + 2 * i + 2 <= end - at; i++)
    row.edges.push(buf.readInt16LE(at + 3 + 2 * i));
  const tcs = 3 + 2 * (n + 1);
  for (let i = 0; i < n; i++) {
    const o = tcs + 20 * i;
    const grf = o + 2 <= end - at ? buf.readUInt16LE(at + o) : 0;
    row.hmerge.push(grf & 3);
    row.vmerge.push((grf >> 5) & 3);
  }
}

interface Sprms {
  buf: Buffer;
  from: number;
  end: number;
}

/** The sprms of bytes `from` to `end` of `buf`, applied to the run (no copies: a file has many). */
function applySprms(g: Sprms, run: ParagraphRun, data: Buffer | null, depth: number): boolean {
  const { buf, end } = g;
  let huge = false;
  let o = g.from;
  while (o + 2 <= end) {
    const sprm = buf.readUInt16LE(o);
    o += 2;
    const at = o;
    const size = operandSize(buf, sprm, at, end);
    const stop = Math.min(at + size, end);
    const length = stop - at;
    o += size;
    // A flag cut off by the end of its grpprl reads as set, as a missing byte is not 0.
    if (sprm === sprmPFInTable) run.inTable = length === 0 || buf[at] !== 0;
    else if (sprm === sprmPFTtp) run.rowEnd = length === 0 || buf[at] !== 0;
    else if (sprm === sprmTDefTable)
      defTable(buf, at, stop, (run.row ??= { edges: [], vmerge: [], hmerge: [] }));
    else if (sprm === sprmTVertMerge && run.row && length >= 3) {
      const itc = buf[at + 1] ?? 0;
      if (itc < run.row.vmerge.length) run.row.vmerge[itc] = buf[at + 2] ?? 0;
    } else if (sprm === sprmPHugePapx && depth === 0 && length >= 4) {
      huge = true;
      // The paragraph's properties did not fit its page: they are in the Data stream.
      const p = buf.readUInt32LE(at);
      if (data && p + 2 <= data.length) {
        const cb = data.readUInt16LE(p);
        const hugeEnd = Math.min(p + 2 + cb, data.length);
        applySprms({ buf: data, from: p + 2, end: hugeEnd }, run, data, 1);
      }
    }
  }
  return huge;
}

export interface ParagraphRuns {
  runs: ParagraphRun[];
  /** Some paragraph keeps its properties in the Data stream, which was not given. */
  wantsData: boolean;
}

/** Every paragraph run of the document's PAPX pages, in file order. */
export function paragraphRuns(word: Buffer, table: Buffer, data: Buffer | null): ParagraphRuns {
  const fc = word.readUInt32LE(0x0102);
  const lcb = word.readUInt32LE(0x0106);
  const count = Math.floor((lcb - 4) / 8);
  const runs: ParagraphRun[] = [];
  let wantsData = false;
  if (count <= 0 || fc + lcb > table.length) return { runs, wantsData };
  for (let i = 0; i < count; i++) {
    const pn = table.readUInt32LE(fc + (count + 1) * 4 + i * 4) & 0x3fffff;
    if ((pn + 1) * 512 > word.length) continue;
    const page = pn * 512;
    const crun = word[page + 511] ?? 0;
    for (let j = 0; j < crun && (j + 2) * 4 <= 511; j++) {
      const run: ParagraphRun = {
        fcStart: word.readUInt32LE(page + j * 4),
        fcEnd: word.readUInt32LE(page + (j + 1) * 4),
        inTable: false,
        rowEnd: false,
      };
      const bx = (word[page + (crun + 1) * 4 + j * 13] ?? 0) * 2;
      if (bx > 0 && bx < 511) {
        const cb = word[page + bx] ?? 0;
        const from = cb ? bx + 1 : bx + 2;
        const to = Math.min(cb ? bx + 2 * cb : bx + 2 + 2 * (word[page + bx + 1] ?? 0), 512);
        // GrpPrlAndIstd: the style (istd, 2 bytes), then the paragraph's own sprms.
        if (
          to - from > 2 &&
          applySprms({ buf: word, from: page + from + 2, end: page + to }, run, data, 0)
        )
          wantsData = true;
      }
      runs.push(run);
    }
  }
  return { runs, wantsData };
}
