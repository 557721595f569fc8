import { createCanvas, loadImage } from "@napi-rs/canvas";
import { readError, type ReadError } from "../../../shared/model/errors.js";
import type { OcrPage } from "../../../shared/model/scan.js";
import { toGray, type Gray } from "../../../shared/scan/image.js";
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
/**
 * A picture is read as printed across the text of an A4 page (156 mm in a 公文: 6.1 in) at the
 * resolution glyphs drawn by a PDF are read at; a small one is enlarged at most this much.
 */
const TEXT_WIDTH = 6.1;
const MAX_ENLARGE = 3;

const isPng = (b: Uint8Array) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47;
const isJpeg = (b: Uint8Array) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;

/** A PNG or JPEG decoded and drawn at the reading resolution on white; null for anything else. */
async function drawn(bytes: Uint8Array): Promise<Gray | "small" | null> {
  if (!isPng(bytes) && !isJpeg(bytes)) return null;
  const image = await loadImage(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const { width, height } = image;
  if (width * height > MAX_PIXELS) return null;
  if (width < WIDE || height < TALL) return "small";
  const k = Math.min(MAX_ENLARGE, (TEXT_WIDTH * DRAWN_DPI) / width);
  const w = Math.round(width * k);
  const h = Math.round(height * k);
  const canvas = createCanvas(w, h);
  const g = canvas.getContext("2d");
  g.fillStyle = "#fff";
  g.fillRect(0, 0, w, h);
  g.drawImage(image, 0, 0, w, h);
  return toGray(g.getImageData(0, 0, w, h).data, w, h);
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
