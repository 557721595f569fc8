import { createCanvas, loadImage } from "@napi-rs/canvas";
import { readError, type ReadError } from "../../../shared/model/errors.js";
import type { OcrPage } from "../../../shared/model/scan.js";
import { binarise, toGray, type Gray } from "../../../shared/scan/image.js";
import { textHeight } from "../../../shared/scan/text-height.js";
import type { Picture } from "../adapters/picture.js";
import { Recogniser } from "./engine.js";
import { recognisePage } from "./page.js";
import { DRAWN_DPI, type ScanHooks } from "./pages.js";

/**
 * A table's screenshot is at least this many pixels wide and tall: four columns at screen size,
 * and a head row with one row of figures. Icons, bullets and most logos are smaller.
 */
const WIDE = 400;
const TALL = 60;
/** Beyond this many pixels a picture is no screenshot (and decoding it costs too much memory). */
const MAX_PIXELS = 40_000_000;
/** A band of inked rows spans a line's CJK glyphs and the Latin descenders: about 1.15 em. */
const BAND = 1.15;
/**
 * A picture is drawn so that its lines of text stand as tall as the recogniser reads best: as
 * 10.5 pt print (五号, a table's usual size) drawn at the resolution a PDF's glyphs are read at.
 * A screenshot at screen size is enlarged two to three times; never more than MAX_ENLARGE.
 */
const LINE = (10.5 / 72) * DRAWN_DPI * BAND;
const MAX_ENLARGE = 4;
const MIN_SCALE = 0.5;

const isPng = (b: Uint8Array) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47;
const isJpeg = (b: Uint8Array) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;

/** A PNG or JPEG decoded and drawn at the reading resolution on white; null for anything else. */
async function drawn(bytes: Uint8Array): Promise<Gray | "small" | null> {
  if (!isPng(bytes) && !isJpeg(bytes)) return null;
  const image = await loadImage(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const { width, height } = image;
  if (width * height > MAX_PIXELS) return null;
  if (width < WIDE || height < TALL) return "small";
  const draw = (k: number) => {
    const w = Math.round(width * k);
    const h = Math.round(height * k);
    const canvas = createCanvas(w, h);
    const g = canvas.getContext("2d");
    g.fillStyle = "#fff";
    g.fillRect(0, 0, w, h);
    g.drawImage(image, 0, 0, w, h);
    return toGray(g.getImageData(0, 0, w, h).data, w, h);
  };
  const plain = draw(1);
  const line = textHeight(binarise(plain));
  if (line === null) return plain;
  const k = Math.min(MAX_ENLARGE, Math.max(MIN_SCALE, LINE / line));
  return Math.abs(k - 1) < 0.1 ? plain : draw(k);
}

/** What became of a document's pictures: those recognised, by number, and those not read. */
export interface SeenPictures {
  seen: Map<number, OcrPage>;
  /** Pictures that may be a table but could not be read (EMF/WMF, missing from the file). */
  unread: number;
}

/**
 * The large PNG and JPEG pictures among `numbers` recognised one by one, as a drawn PDF page is
 * (ruled tables cell by cell); small ones are no table and skipped.
 */
export async function recognisePictures(
  pictures: readonly Picture[],
  numbers: readonly number[],
  hooks: ScanHooks,
): Promise<SeenPictures | ReadError> {
  await hooks.turn?.();
  if (hooks.signal?.aborted) return readError("OCR_CANCELLED");
  const seen = new Map<number, OcrPage>();
  let unread = 0;
  let rec: Recogniser | null = null;
  try {
    hooks.onProgress?.({ page: 0, pages: numbers.length });
    for (const [i, n] of numbers.entries()) {
      if (hooks.signal?.aborted) return readError("OCR_CANCELLED");
      const bytes = await pictures[n]?.bytes();
      const gray = bytes ? await drawn(bytes).catch(() => null) : null;
      if (gray === null) unread++;
      else if (gray !== "small") {
        rec ??= await Recogniser.create();
        const size = {
          width: (gray.width * 72) / DRAWN_DPI,
          height: (gray.height * 72) / DRAWN_DPI,
        };
        seen.set(n, await recognisePage(gray, DRAWN_DPI, size, rec));
      }
      hooks.onProgress?.({ page: i + 1, pages: numbers.length });
    }
    return { seen, unread };
  } catch (e) {
    return readError("OCR_FAILED", e instanceof Error ? e.message : String(e));
  } finally {
    await rec?.terminate();
  }
}
