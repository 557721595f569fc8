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

/** The operand's size in bytes ([MS-DOC] 2.2.5.1 Sprm.spra; 2.6.3 sprmTDefTable, sprmPChgTabs). */
function operandSize(buf: Buffer, sprm: number, at: number): number {
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
  if (at >= buf.length) return 1;
  if (sprm === sprmTDefTable || sprm === sprmTDefTable10)
    return at + 2 <= buf.length ? 1 + buf.readUInt16LE(at) : buf.length - at;
  if (sprm === sprmPChgTabs && buf[at] === 255) {
    const del = buf[at + 1] ?? 0;
    const add = buf[at + 2 + del * 4] ?? 0;
    return 1 + 1 + del * 4 + 1 + add * 3;
  }
  return 1 + (buf[at] ?? 0);
}

function defTable(op: Buffer, row: RowLayout): void {
  const n = op[2] ?? 0;
  row.edges = [];
  row.vmerge = [];
  row.hmerge = [];
  for (let i = 0; i <= n && 3 + 2 * i + 2 <= op.length; i++)
    row.edges.push(op.readInt16LE(3 + 2 * i));
  const tcs = 3 + 2 * (n + 1);
  for (let i = 0; i < n; i++) {
    const at = tcs + 20 * i;
    const grf = at + 2 <= op.length ? op.readUInt16LE(at) : 0;
    row.hmerge.push(grf & 3);
    row.vmerge.push((grf >> 5) & 3);
  }
}

function applySprms(grpprl: Buffer, run: ParagraphRun, data: Buffer | null, depth: number): void {
  let o = 0;
  while (o + 2 <= grpprl.length) {
    const sprm = grpprl.readUInt16LE(o);
    o += 2;
    const size = operandSize(grpprl, sprm, o);
    const op = grpprl.subarray(o, o + size);
    o += size;
    if (sprm === sprmPFInTable) run.inTable = op[0] !== 0;
    else if (sprm === sprmPFTtp) run.rowEnd = op[0] !== 0;
    else if (sprm === sprmTDefTable)
      defTable(op, (run.row ??= { edges: [], vmerge: [], hmerge: [] }));
    else if (sprm === sprmTVertMerge && run.row && op.length >= 3) {
      const itc = op[1] ?? 0;
      if (itc < run.row.vmerge.length) run.row.vmerge[itc] = op[2] ?? 0;
    } else if (sprm === sprmPHugePapx && data && depth === 0 && op.length >= 4) {
      // The paragraph's properties did not fit its page: they are in the Data stream.
      const at = op.readUInt32LE(0);
      if (at + 2 <= data.length) {
        const cb = data.readUInt16LE(at);
        applySprms(data.subarray(at + 2, at + 2 + cb), run, data, 1);
      }
    }
  }
}

/** Every paragraph run of the document's PAPX pages, in file order. */
export function paragraphRuns(word: Buffer, table: Buffer, data: Buffer | null): ParagraphRun[] {
  const fc = word.readUInt32LE(0x0102);
  const lcb = word.readUInt32LE(0x0106);
  const count = Math.floor((lcb - 4) / 8);
  const runs: ParagraphRun[] = [];
  if (count <= 0 || fc + lcb > table.length) return runs;
  for (let i = 0; i < count; i++) {
    const pn = table.readUInt32LE(fc + (count + 1) * 4 + i * 4) & 0x3fffff;
    if ((pn + 1) * 512 > word.length) continue;
    const page = word.subarray(pn * 512, (pn + 1) * 512);
    const crun = page[511] ?? 0;
    for (let j = 0; j < crun && (j + 2) * 4 <= 511; j++) {
      const run: ParagraphRun = {
        fcStart: page.readUInt32LE(j * 4),
        fcEnd: page.readUInt32LE((j + 1) * 4),
        inTable: false,
        rowEnd: false,
      };
      const bx = (page[(crun + 1) * 4 + j * 13] ?? 0) * 2;
      if (bx > 0 && bx < 511) {
        const cb = page[bx] ?? 0;
        const grp = cb
          ? page.subarray(bx + 1, bx + 2 * cb)
          : page.subarray(bx + 2, bx + 2 + 2 * (page[bx + 1] ?? 0));
        // GrpPrlAndIstd: the style (istd, 2 bytes), then the paragraph's own sprms.
        if (grp.length > 2) applySprms(grp.subarray(2), run, data, 0);
      }
      runs.push(run);
    }
  }
  return runs;
}
