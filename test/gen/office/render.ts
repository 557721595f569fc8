import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const has = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;

/** Why office PDFs cannot be made here (no LibreOffice or no poppler), or null when they can. */
export function cannotRender(): string | null {
  if (!has("soffice"))
    return "LibreOffice (soffice) is not installed: apt-get install libreoffice-writer";
  if (!has("pdftotext")) return "poppler-utils (pdftotext) is not installed";
  return null;
}

/** .docx files printed to PDF by LibreOffice Writer (one run for them all), as an office exports. */
export function docxToPdfs(docs: Uint8Array[]): Uint8Array[] {
  const dir = mkdtempSync(join(tmpdir(), "nianbao-office-"));
  try {
    const names = docs.map((d, i) => {
      writeFileSync(join(dir, `report${i}.docx`), d);
      return join(dir, `report${i}.docx`);
    });
    // Its own profile: LibreOffice refuses to start beside another instance on a shared one.
    const profile = pathToFileURL(join(dir, "profile")).href;
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=${profile}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        dir,
        ...names,
      ],
      { stdio: "ignore", timeout: 60_000 + 30_000 * docs.length },
    );
    return docs.map((_, i) => new Uint8Array(readFileSync(join(dir, `report${i}.pdf`))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const docxToPdf = (docx: Uint8Array): Uint8Array => docxToPdfs([docx])[0] as Uint8Array;

/** poppler's `pdftotext -layout` of a PDF, form feeds removed (as ../shared/real keeps it). */
export function layoutText(pdf: Uint8Array): string {
  const out = execFileSync("pdftotext", ["-layout", "-enc", "UTF-8", "-", "-"], {
    input: pdf,
    maxBuffer: 1 << 26,
  });
  return out.toString("utf8").replace(/\f/g, "");
}
