import type { DocumentInitParameters } from "pdfjs-dist/types/src/display/api.js";
import type { PathOps } from "./pdf-rules.js";

/** pdfjs-dist's operator codes (its OPS table). */
type Ops = Record<
  | "save"
  | "restore"
  | "transform"
  | "setLineWidth"
  | "setStrokeRGBColor"
  | "setFillRGBColor"
  | "constructPath"
  | "paintFormXObjectBegin"
  | "paintFormXObjectEnd"
  | "stroke"
  | "closeStroke"
  | "fill"
  | "eoFill"
  | "fillStroke"
  | "eoFillStroke"
  | "closeFillStroke"
  | "closeEOFillStroke"
  | "paintImageXObject"
  | "paintInlineImageXObject",
  number
>;

export function pathOps(OPS: Ops): PathOps {
  const both = [OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke];
  return {
    save: OPS.save,
    restore: OPS.restore,
    transform: OPS.transform,
    setLineWidth: OPS.setLineWidth,
    setStrokeRGBColor: OPS.setStrokeRGBColor,
    setFillRGBColor: OPS.setFillRGBColor,
    constructPath: OPS.constructPath,
    paintFormXObjectBegin: OPS.paintFormXObjectBegin,
    paintFormXObjectEnd: OPS.paintFormXObjectEnd,
    stroke: [OPS.stroke, OPS.closeStroke, ...both],
    fill: [OPS.fill, OPS.eoFill, ...both],
    images: [OPS.paintImageXObject, OPS.paintInlineImageXObject],
  };
}

/**
 * Options for a document that is read, and drawn only when it has no text layer (a scan, drawn
 * for recognition from the same open document). In Node pdf.js has no font loading, so for an
 * operator list it compiles every glyph into a path to draw on a canvas: half the list's cost.
 * Handing it a document whose style sheet takes font rules and does nothing with them (pdf.js's
 * own Node path for fonts, `isSyncFontLoadingSupported`) skips that work; a scan's pages are
 * images, which are decoded as usual. Images are decoded only where a page's drawing is read:
 * pages that show a table, and a scan's pages.
 */
export const READING: DocumentInitParameters = {
  disableFontFace: false,
  ownerDocument: {
    documentElement: { getElementsByTagName: () => [{ append() {} }] },
    createElement: () => ({ remove() {}, sheet: { insertRule() {}, cssRules: [] } }),
  } as unknown as DocumentInitParameters["ownerDocument"],
};
