import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  readAuditFile,
  writeAuditFile,
  type StoredAudit,
} from "../../../electron/main/store/index.js";
import { sampleAudit, syntheticAudit, toSeed } from "./fixture.js";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
// Inside the project so that the bundle resolves sql.js (and its .wasm) from node_modules.
const bundleDir = join(ROOT, ".tmp", `store-crash-${process.pid}`);
const child = join(bundleDir, "writer-child.mjs");
const dir = mkdtempSync(join(tmpdir(), "nb-crash-"));
const KILLS = 30;
const LANES = 2;

beforeAll(async () => {
  mkdirSync(bundleDir, { recursive: true });
  await build({
    entryPoints: [fileURLToPath(new URL("./writer-child.ts", import.meta.url))],
    outfile: child,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    logLevel: "warning",
  });
});
afterAll(() => {
  rmSync(bundleDir, { recursive: true, force: true });
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

/** Starts the writer, waits until it has saved once, lets it run `ms` more, then SIGKILLs it. */
function killWriterAfter(ms: number, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    // Without TurboFan the short-lived child starts about twice as fast; the file I/O is the same.
    const p = spawn(process.execPath, ["--liftoff-only", child, ...args], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    p.stdout.once("data", () => setTimeout(() => p.kill("SIGKILL"), ms));
    p.once("error", reject);
    p.once("exit", (code, signal) =>
      signal === "SIGKILL" ? resolve() : reject(new Error(`writer exited with ${code}`)),
    );
  });
}

describe("crash safety", () => {
  it(`a writer SIGKILLed ${KILLS} times at random moments always leaves one complete state`, async () => {
    const states = [syntheticAudit(4), sampleAudit("乙")].map((s) => ({
      ...s,
      audit: JSON.parse(JSON.stringify(s.audit)),
    }));
    const seedFile = join(dir, "seeds.json");
    writeFileSync(seedFile, JSON.stringify(states.map(toSeed)));
    let midSave = 0;
    const lane = async (n: number) => {
      const target = join(dir, `target${n}.nbaudit`);
      await writeAuditFile(join(dir, `first${n}.nbaudit`), states[0] as StoredAudit);
      renameSync(join(dir, `first${n}.nbaudit`), target);
      for (let i = 0; i < KILLS / LANES; i++) {
        await killWriterAfter(Math.random() * 40, [target, seedFile]);
        if (readdirSync(dir).some((f) => f.startsWith(`target${n}.`) && f.includes(".tmp-")))
          midSave++;
        const got = await read(target);
        const state = states.find((s) => s.audit.title === got.audit.title);
        expect(state).toBeDefined();
        expect(got.audit).toEqual(state?.audit);
        expect(got.history).toEqual(state?.history);
        expect(sameSources(got, state as StoredAudit)).toBe(true);
        expect(states.map((s) => s.audit.title)).toContain(
          (await read(`${target}.bak`)).audit.title,
        );
      }
      await writeAuditFile(target, states[1] as StoredAudit);
    };
    await Promise.all(Array.from({ length: LANES }, (_, n) => lane(n)));
    console.log(`crash test: ${midSave}/${KILLS} kills left a temporary file (killed mid-save)`);
    expect(readdirSync(dir).filter((f) => f.includes(".tmp-"))).toEqual([]);
  }, 180_000);
});
