import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bundleChild } from "../../support/child-bundle.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  readAuditFile,
  writeAuditFile,
  type StoredAudit,
} from "../../../electron/node/store/index.js";
import { generation, generationOf, sampleAudit, syntheticAudit, toSeed } from "./fixture.js";

let child = "";
let removeChild = () => {};
const dir = mkdtempSync(join(tmpdir(), "nb-crash-"));
const KILLS = Number(process.env.NB_CRASH_KILLS ?? 40);
const LANES = 2;

beforeAll(async () => {
  const bundle = await bundleChild(new URL("./writer-child.ts", import.meta.url), "writer-child");
  child = bundle.path;
  removeChild = bundle.remove;
});
afterAll(() => {
  removeChild();
  rmSync(dir, { recursive: true, force: true });
});

async function read(path: string): Promise<StoredAudit> {
  const got = await readAuditFile(path);
  if ("code" in got) throw new Error(`${path}: ${got.code} ${got.message}`);
  return got;
}

// toEqual walks a Uint8Array byte by byte: seconds for megabytes.
function sameSources(a: StoredAudit, b: StoredAudit): boolean {
  const bs = b.sources;
  return (
    a.sources.size === bs.size &&
    [...a.sources].every(([id, x]) => Buffer.from(x).equals(bs.get(id) ?? new Uint8Array()))
  );
}

/**
 * Starts the writer at generation `from`, SIGKILLs it `ms` after its first completed save, and
 * gives the last generation it reported saved.
 */
function killWriterAfter(ms: number, target: string, seeds: string, from: number): Promise<number> {
  return new Promise((resolve, reject) => {
    // Without TurboFan the short-lived child starts about twice as fast; the file I/O is the same.
    const p = spawn(process.execPath, ["--liftoff-only", child, target, seeds, String(from)], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    p.stdout.on("data", (d: Buffer) => {
      if (!out) setTimeout(() => p.kill("SIGKILL"), ms);
      out += d.toString();
    });
    p.once("error", reject);
    p.once("exit", (code, signal) => {
      const saved = [...out.matchAll(/saved (\d+)\n/g)].map((m) => Number(m[1]));
      if (signal === "SIGKILL") resolve(saved.length ? Math.max(...saved) : from - 1);
      else reject(new Error(`writer exited with ${code}`));
    });
  });
}

describe("crash safety", () => {
  it(`a writer SIGKILLed ${KILLS} times at random moments always leaves the last complete state`, async () => {
    const states = [syntheticAudit(4), sampleAudit("乙")].map((s) => ({
      ...s,
      audit: JSON.parse(JSON.stringify(s.audit)),
    }));
    const seedFile = join(dir, "seeds.json");
    writeFileSync(seedFile, JSON.stringify(states.map(toSeed)));
    let midSave = 0;
    let lost = 0;
    let olderBackup = 0;
    const lane = async (n: number) => {
      const target = join(dir, `target${n}.nbaudit`);
      let next = 0;
      // Written under another name: this process then cleans `target`'s stale temporary files
      // when it saves there at the end.
      await writeAuditFile(join(dir, `first${n}.nbaudit`), generation(states, next++));
      renameSync(join(dir, `first${n}.nbaudit`), target);
      for (let i = 0; i < KILLS / LANES; i++) {
        const saved = await killWriterAfter(Math.random() * 40, target, seedFile, next);
        if (readdirSync(dir).some((f) => f.startsWith(`target${n}.`) && f.includes(".tmp-")))
          midSave++;
        const got = await read(target);
        const gen = generationOf(got);
        // The last save that returned, or the one after it if the kill came after its rename.
        if (gen < saved) lost++;
        expect([saved, saved + 1]).toContain(gen);
        const expected = generation(states, gen);
        expect(got.audit).toEqual(expected.audit);
        expect(got.history).toEqual(expected.history);
        expect(sameSources(got, expected)).toBe(true);
        // The automatic backup is an earlier version: the one before, or after a kill between
        // the two renames of a save, the one before that; never the file itself.
        const bak = generationOf(await read(`${target}.bak`));
        expect([gen - 1, gen - 2]).toContain(bak);
        if (bak === gen - 2) olderBackup++;
        next = gen + 1;
      }
      await writeAuditFile(target, generation(states, next));
    };
    await Promise.all(Array.from({ length: LANES }, (_, n) => lane(n)));
    console.log(
      `crash test: ${KILLS} kills, ${midSave} mid-save (a temporary file left), ${lost} saves lost, ` +
        `${olderBackup} backups two versions back`,
    );
    expect(lost).toBe(0);
    expect(readdirSync(dir).filter((f) => f.includes(".tmp-"))).toEqual([]);
  }, 120_000);
});
