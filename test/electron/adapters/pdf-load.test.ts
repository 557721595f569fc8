import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { readPdf } from "../../../electron/node/adapters/pdf.js";

const SAMPLE = fileURLToPath(new URL("../../fixtures/real/hzq2024.pdf", import.meta.url));

it("reading a PDF leaves the engine's own push and JSON in place (pdf.js's core-js swaps them)", async () => {
  const before = [Array.prototype.push, JSON.parse, JSON.stringify];
  const read = await readPdf(new Uint8Array(readFileSync(SAMPLE)));
  expect("pages" in read).toBe(true);
  expect([Array.prototype.push, JSON.parse, JSON.stringify]).toEqual(before);
});
