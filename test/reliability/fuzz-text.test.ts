import { describe, expect, it } from "vitest";
import { readReport } from "../../shared/parse/report.js";
import { txtDocument } from "../../shared/parse/txt/document.js";
import { Random } from "../gen/random.js";
import { mutate } from "./gen/mutate.js";
import { POOL, SAMPLES } from "./gen/samples.js";
import { assertSound, breathe, Tally } from "./gen/sound.js";

/** Sized to keep this file near 20 s of one core; NB_FUZZ_ITERATIONS runs more. */
const ITERATIONS = Number(process.env.NB_FUZZ_ITERATIONS ?? 2000);

/** Some bytes of the encoded text changed: invalid UTF-8, stray GB18030, control bytes. */
function flipBytes(bytes: Uint8Array, seed: number): Uint8Array {
  const r = new Random(seed ^ 0x5bd1e995);
  for (let k = r.int(1, 4); k > 0; k--) bytes[r.int(0, bytes.length - 1)] = r.int(0, 255);
  return bytes;
}

describe("fuzzing the text reader with a seeded mutator", () => {
  it(`${ITERATIONS} mutated samples: no exception escapes, every result sound`, async () => {
    const tally = new Tally();
    for (let seed = 1; seed <= ITERATIONS; seed++) {
      await breathe();
      const text = mutate(SAMPLES[seed % SAMPLES.length] as string, seed, 1 + (seed % 40), POOL);
      let bytes: Uint8Array = new TextEncoder().encode(text);
      if (seed % 4 === 0) bytes = flipBytes(bytes, seed);
      try {
        const doc = txtDocument(bytes);
        tally.add(assertSound("code" in doc ? { ok: false, error: doc } : readReport(doc)));
      } catch (e) {
        throw new Error(`seed ${seed}: ${e instanceof Error ? e.stack : String(e)}`);
      }
    }
    console.log(`text fuzz: ${ITERATIONS} inputs`, tally.toJSON());
    expect(tally.get("ok")).toBeGreaterThan(ITERATIONS / 2);
  }, 300_000);
});
