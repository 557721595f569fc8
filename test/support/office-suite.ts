import { execFileSync } from "node:child_process";
import { beforeAll, describe } from "vitest";
import type { TemplateVersion } from "../../shared/model/report.js";
import { randomLook } from "../gen/office/look.js";
import { cannotRender } from "../gen/office/render.js";
import { officeSamples, type OfficeSample } from "../gen/office/sample.js";

/** Generated reports by seed: odd seeds on the 2019 template, each with its random look. */
export const seedPlans = (seeds: number[]) =>
  seeds.map((seed) => ({
    seed,
    template: (seed % 2 ? "2019" : "2021") as TemplateVersion,
    look: randomLook(seed),
  }));

/** poppler's pdftotext of a PDF with `flags` (-raw; none for plain text). */
export const pdftotext = (pdf: Uint8Array, flags: string[] = []): string =>
  execFileSync("pdftotext", [...flags, "-enc", "UTF-8", "-", "-"], {
    input: pdf,
    maxBuffer: 1 << 26,
  }).toString("utf8");

/**
 * A suite over generated office PDFs printed by LibreOffice, skipped (saying why) where it cannot
 * render; `body` gets the samples in the seeds' order once they are made.
 */
export function describeOffice(
  title: string,
  seeds: number[],
  body: (sample: (i: number) => OfficeSample) => void,
): void {
  const why = cannotRender();
  describe.skipIf(why !== null)(why ? `${title}: skipped, ${why}` : title, () => {
    let samples: OfficeSample[] = [];
    beforeAll(async () => {
      samples = await officeSamples(seedPlans(seeds));
    }, 600_000);
    body((i) => samples[i] as OfficeSample);
  });
}
