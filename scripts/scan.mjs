// Makes "scanned" copies of PDFs: every page rasterised by pdftoppm (Debian's poppler-utils)
// to a JPEG and wrapped, one image per page, in a PDF without a text layer.
// node scripts/scan.mjs OUT_DIR FILE.pdf...   (also imported by the OCR tests and bench)
import { Buffer } from "node:buffer";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";

/** JPEG frame size from its SOFn marker. */
function jpegSize(b) {
  for (let i = 2; i + 9 < b.length; ) {
    if (b[i] !== 0xff) return null;
    const m = b[i + 1];
    const len = (b[i + 2] << 8) | b[i + 3];
    if (m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc)
      return { h: (b[i + 5] << 8) | b[i + 6], w: (b[i + 7] << 8) | b[i + 8], comps: b[i + 9] };
    i += 2 + len;
  }
  return null;
}

/** A PDF whose pages are the given JPEGs, each filling an A4-wide page at `dpi`. */
export function jpegsToPdf(jpegs, dpi = 150) {
  const objs = [];
  const pages = [];
  for (const jpg of jpegs) {
    const size = jpegSize(jpg);
    if (!size) throw new Error("not a JPEG");
    const pw = (size.w * 72) / dpi;
    const ph = (size.h * 72) / dpi;
    const img = objs.length + 3;
    const cs = size.comps === 1 ? "/DeviceGray" : "/DeviceRGB";
    objs.push([
      `<< /Type /XObject /Subtype /Image /Width ${size.w} /Height ${size.h} /ColorSpace ${cs} /BitsPerComponent 8 /Filter /DCTDecode /Length ${jpg.length} >>\nstream\n`,
      jpg,
      "\nendstream",
    ]);
    const draw = `q ${pw.toFixed(2)} 0 0 ${ph.toFixed(2)} 0 0 cm /Im0 Do Q`;
    objs.push([`<< /Length ${draw.length} >>\nstream\n${draw}\nendstream`]);
    objs.push([
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${pw.toFixed(2)} ${ph.toFixed(2)}] /Resources << /XObject << /Im0 ${img} 0 R >> >> /Contents ${img + 1} 0 R >>`,
    ]);
    pages.push(img + 2);
  }
  const all = [
    ["<< /Type /Catalog /Pages 2 0 R >>"],
    [`<< /Type /Pages /Kids [${pages.map((p) => `${p} 0 R`).join(" ")}] /Count ${pages.length} >>`],
    ...objs,
  ];
  const chunks = [Buffer.from("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "latin1")];
  let pos = chunks[0].length;
  const offsets = [];
  all.forEach((parts, i) => {
    offsets.push(pos);
    for (const p of [`${i + 1} 0 obj\n`, ...parts, "\nendobj\n"]) {
      const b = typeof p === "string" ? Buffer.from(p, "latin1") : Buffer.from(p);
      chunks.push(b);
      pos += b.length;
    }
  });
  const xref = [`xref\n0 ${all.length + 1}\n0000000000 65535 f \n`];
  for (const o of offsets) xref.push(`${String(o).padStart(10, "0")} 00000 n \n`);
  xref.push(`trailer\n<< /Size ${all.length + 1} /Root 1 0 R >>\nstartxref\n${pos}\n%%EOF\n`);
  chunks.push(Buffer.from(xref.join(""), "latin1"));
  return Buffer.concat(chunks);
}

/** pdf → the same pages as a 150 dpi JPEG scan; returns the scanned PDF's bytes. */
export function scanPdf(file, { dpi = 150, gray = false } = {}) {
  const dir = mkdtempSync(join(tmpdir(), "nianbao-scan-"));
  try {
    const args = ["-r", String(dpi), "-jpeg", "-jpegopt", "quality=85"];
    if (gray) args.push("-gray");
    execFileSync("pdftoppm", [...args, file, join(dir, "p")]);
    const jpegs = readdirSync(dir)
      .filter((f) => f.endsWith(".jpg"))
      .sort((a, b) => Number(/(\d+)\.jpg$/.exec(a)[1]) - Number(/(\d+)\.jpg$/.exec(b)[1]))
      .map((f) => readFileSync(join(dir, f)));
    return jpegsToPdf(jpegs, dpi);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [out, ...files] = process.argv.slice(2);
  if (!out || !files.length) {
    console.error("usage: node scripts/scan.mjs OUT_DIR FILE.pdf...");
    process.exit(2);
  }
  mkdirSync(out, { recursive: true });
  for (const f of files) {
    const name = basename(f, ".pdf") + ".scan.pdf";
    writeFileSync(join(out, name), scanPdf(f));
    console.log(join(out, name));
  }
}
