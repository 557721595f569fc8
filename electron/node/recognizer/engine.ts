import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import Tesseract from "tesseract.js";
import { toPgm, type Gray } from "../../../shared/scan/image.js";
import type { Reading } from "../../../shared/scan/reading.js";

const require = createRequire(import.meta.url);

/** The models ship in npm packages (@tesseract.js-data/*): read from disk, never downloaded. */
function modelDir(lang: string): string {
  return join(
    dirname(require.resolve(`@tesseract.js-data/${lang}/package.json`)),
    "4.0.0_best_int",
  );
}

async function worker(lang: string): Promise<Tesseract.Worker> {
  const w = await Tesseract.createWorker(lang, Tesseract.OEM.LSTM_ONLY, {
    langPath: modelDir(lang),
    // "none": no copy of the model is written to (or read from) the working directory.
    cacheMethod: "none",
    gzip: true,
  });
  // tesseract's diagnostics ("Image too small to scale!!" for a speck) go nowhere, not to stderr.
  await w.setParameters({ debug_file: "/dev/null" });
  return w;
}

export interface TextLine extends Reading {
  /** Pixel box of the line in the image it was read from. */
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * tesseract.js workers, each its own thread with its own fixed settings (settings are per
 * worker, so concurrent calls cannot mix them): Chinese cells, digits only, and two for prose
 * (a page's text is read as two strips at once: one tesseract call uses one core).
 */
export class Recogniser {
  private turn = 0;

  private constructor(
    private readonly chinese: Tesseract.Worker,
    private readonly prose: Tesseract.Worker[],
    private readonly digitsOnly: Tesseract.Worker,
  ) {}

  static readonly PROSE_STRIPS = 2;

  static async create(): Promise<Recogniser> {
    const [chinese, digits, ...prose] = await Promise.all([
      worker("chi_sim"),
      worker("eng"),
      ...Array.from({ length: Recogniser.PROSE_STRIPS }, () => worker("chi_sim")),
    ]);
    // Cell crops are scaled to ~300 dpi, pages drawn at 150 dpi; told, tesseract stops guessing.
    const cell = { user_defined_dpi: "300" };
    await chinese.setParameters({ tessedit_pageseg_mode: Tesseract.PSM.SINGLE_BLOCK, ...cell });
    for (const p of prose)
      await p.setParameters({ tessedit_pageseg_mode: Tesseract.PSM.AUTO, user_defined_dpi: "150" });
    await digits.setParameters({
      ...cell,
      tessedit_pageseg_mode: Tesseract.PSM.SINGLE_LINE,
      tessedit_char_whitelist: "0123456789.+-%",
    });
    return new Recogniser(chinese, prose, digits);
  }

  /** A cell crop read as a number. */
  async digits(img: Gray): Promise<Reading> {
    const r = await this.digitsOnly.recognize(Buffer.from(toPgm(img)), {}, { text: true });
    return { text: r.data.text.trim(), confidence: r.data.confidence };
  }

  /** A cell crop read as a block of Chinese text (wrapped labels stay one cell). */
  async cell(img: Gray): Promise<Reading> {
    const r = await this.chinese.recognize(Buffer.from(toPgm(img)), {}, { blocks: true });
    const lines = (r.data.blocks ?? []).flatMap((b) => b.paragraphs.flatMap((p) => p.lines));
    return { text: lines.map((l) => l.text.trim()).join(""), confidence: r.data.confidence };
  }

  /** A page (tables painted out) read as lines of prose. */
  async lines(img: Gray): Promise<TextLine[]> {
    const w = this.prose[this.turn++ % this.prose.length] as Tesseract.Worker;
    const r = await w.recognize(Buffer.from(toPgm(img)), {}, { blocks: true });
    return (r.data.blocks ?? []).flatMap((b) =>
      b.paragraphs.flatMap((p) =>
        p.lines.map((l) => ({ text: l.text.trim(), confidence: l.confidence, ...l.bbox })),
      ),
    );
  }

  async terminate(): Promise<void> {
    await Promise.all([this.chinese, this.digitsOnly, ...this.prose].map((w) => w.terminate()));
  }
}
