import { createCanvas } from "@napi-rs/canvas";
import type { PDFDocumentProxy, PDFPageProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import { toGray, type Gray } from "../../../shared/scan/image.js";

export interface Rendered {
  gray: Gray;
  /** Page size in points. */
  width: number;
  height: number;
}

type Params = Parameters<PDFPageProxy["render"]>[0];

async function draw(doc: PDFDocumentProxy, n: number, dpi: number) {
  const page = await doc.getPage(n);
  const viewport = page.getViewport({ scale: dpi / 72 });
  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
  const context = canvas.getContext("2d");
  context.fillStyle = "#fff";
  context.fillRect(0, 0, canvas.width, canvas.height);
  await page.render({
    canvas: canvas as unknown as Params["canvas"],
    canvasContext: context as unknown as Params["canvasContext"],
    viewport,
  }).promise;
  const size = page.getViewport({ scale: 1 });
  page.cleanup();
  return { canvas, context, width: size.width, height: size.height };
}

/**
 * A page drawn by pdf.js onto a Skia canvas (@napi-rs/canvas, prebuilt in its npm package):
 * whatever the scan's image encoding, rotation or strips, the recogniser gets one grey bitmap.
 */
export async function renderPage(doc: PDFDocumentProxy, n: number, dpi: number): Promise<Rendered> {
  const { canvas, context, width, height } = await draw(doc, n, dpi);
  const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
  return { gray: toGray(pixels, canvas.width, canvas.height), width, height };
}

/** A page as a JPEG for the source pane (the scan itself, as the inspector sees it). */
export async function pageJpeg(doc: PDFDocumentProxy, n: number, dpi: number): Promise<Uint8Array> {
  const { canvas } = await draw(doc, n, dpi);
  return new Uint8Array(await canvas.encode("jpeg", 80));
}
