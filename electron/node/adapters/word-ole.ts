import { createRequire } from "node:module";
import type { WordBody, WordRow } from "../../../shared/parse/doc/content.js";
import { paragraphRuns, type ParagraphRun } from "./word-papx.js";

/**
 * word-extractor's reader of Word 97–2003 files (OLE container, FIB, piece table), kept to the
 * text with its marks: its own getBody() turns cell and row marks alike into tabs and newlines,
 * which loses where a row ends. word-extractor is pinned in package.json; these are the modules
 * its lib/word.js uses.
 */
const require = createRequire(import.meta.url);

interface Piece {
  text: string;
  startCp: number;
  endCp: number;
  startFilePos: number;
  endFilePos: number;
  bpc: number;
}
interface OleDoc {
  read(): Promise<OleDoc>;
  stream(name: string): unknown;
  _rootStorage: { _dirEntry: { streams: Record<string, unknown> } };
}
interface ExtractorBase {
  _pieces: Piece[];
  _boundaries: { ccpText: number };
  documentStream(doc: OleDoc, name: string): Promise<unknown>;
  streamBuffer(stream: unknown): Promise<Buffer>;
  extractWordDocument(doc: OleDoc, buffer: Buffer): Promise<unknown>;
}
type ExtractorClass = new () => ExtractorBase;

const WordOleExtractor = require("word-extractor/lib/word-ole-extractor") as ExtractorClass;
const OleCompoundDoc = require("word-extractor/lib/ole-compound-doc") as new (
  reader: unknown,
) => OleDoc;
const BufferReader = require("word-extractor/lib/buffer-reader") as new (b: Buffer) => unknown;
const AllocationTable = require("word-extractor/lib/ole-allocation-table") as {
  prototype: { _table: number[]; getSecIdChain(start: number): number[] };
};

// A sector chain that loops would grow without end: a chain never visits a sector twice.
AllocationTable.prototype.getSecIdChain = function (start: number): number[] {
  const chain: number[] = [];
  const seen = new Set<number>();
  for (
    let id = start;
    id > -1 && !seen.has(id) && id < this._table.length;
    id = this._table[id] ?? -2
  ) {
    seen.add(id);
    chain.push(id);
  }
  return chain;
};

/** Why an OLE file holds no Word text: it is another kind of OLE file, or it is encrypted. */
export class NotWordText extends Error {
  constructor(readonly reason: "no-word-stream" | "encrypted" | "old-version") {
    super(reason);
  }
}

/** The cp (offset in the text) of the character at file offset `fc`. */
function cpAt(pieces: readonly Piece[], fc: number): number | null {
  for (const p of pieces)
    if (fc >= p.startFilePos && fc < p.endFilePos) return p.startCp + (fc - p.startFilePos) / p.bpc;
  return null;
}

function marks(pieces: readonly Piece[], runs: readonly ParagraphRun[], length: number) {
  const rows: WordRow[] = [];
  const cellParagraphs: number[] = [];
  for (const run of runs) {
    if (!run.inTable && !run.rowEnd) continue;
    const mark = pieces.find((p) => run.fcEnd > p.startFilePos && run.fcEnd <= p.endFilePos);
    const at = mark ? cpAt(pieces, run.fcEnd - mark.bpc) : null;
    if (at === null || at >= length) continue;
    if (run.rowEnd)
      rows.push({
        at,
        edges: run.row?.edges ?? [],
        vmerge: run.row?.vmerge ?? [],
        hmerge: run.row?.hmerge ?? [],
      });
    else cellParagraphs.push(at);
  }
  rows.sort((a, b) => a.at - b.at);
  cellParagraphs.sort((a, b) => a - b);
  return { rows, cellParagraphs };
}

class MarkedTextExtractor extends WordOleExtractor {
  private runs: ParagraphRun[] = [];
  private streams: { word: Buffer; table: Buffer } | null = null;
  private wantsData = false;

  async extractOle(bytes: Buffer): Promise<WordBody> {
    const doc = await new OleCompoundDoc(new BufferReader(bytes)).read();
    const streams = doc._rootStorage._dirEntry.streams;
    if (!streams["WordDocument"]) throw new NotWordText("no-word-stream");
    const word = await this.streamBuffer(await this.documentStream(doc, "WordDocument"));
    if (word.length < 0x1a4) throw new NotWordText("no-word-stream");
    const magic = word.readUInt16LE(0);
    if (magic !== 0xa5ec)
      throw new NotWordText(magic === 0xa5dc ? "old-version" : "no-word-stream");
    if (word.readUInt16LE(0x0a) & 0x0100) throw new NotWordText("encrypted");
    const body = (await this.extractWordDocument(doc, word)) as WordBody;
    // The Data stream (pictures, mostly) is read only when a paragraph keeps its properties there.
    if (!this.wantsData || !streams["Data"] || !this.streams) return body;
    const data = await this.streamBuffer(await this.documentStream(doc, "Data"));
    this.runs = paragraphRuns(this.streams.word, this.streams.table, data).runs;
    return this.buildDocument();
  }

  /** Called by extractWordDocument with both streams: read the paragraph marks, change nothing. */
  writeParagraphProperties(word: Buffer, table: Buffer): void {
    this.streams = { word, table };
    ({ runs: this.runs, wantsData: this.wantsData } = paragraphRuns(word, table, null));
  }

  /** Called last by extractWordDocument: the main text with its marks, not cleaned. */
  buildDocument(): WordBody {
    const length = this._boundaries.ccpText;
    let text = "";
    for (const p of this._pieces) {
      if (p.startCp >= length) break;
      text += p.text.slice(0, length - p.startCp);
    }
    return { text, ...marks(this._pieces, this.runs, length) };
  }
}

/** The main text of a Word 97–2003 file with its paragraph, cell and row marks. */
export function readWordBody(bytes: Uint8Array): Promise<WordBody> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return new MarkedTextExtractor().extractOle(buffer);
}
