// Run by crash.test.ts (bundled with esbuild): saves the given audits in turn to one path until killed.
import { readFileSync } from "node:fs";
import { writeAuditFile, type StoredAudit } from "../../../electron/main/store/index.js";
import type { Seed } from "./fixture.js";

async function main(target: string, seedFile: string): Promise<void> {
  const seeds = JSON.parse(readFileSync(seedFile, "utf8")) as Seed[];
  const states = seeds.map((s) => ({
    ...s,
    sources: new Map(s.sources.map(([id, b]) => [id, new Uint8Array(Buffer.from(b, "base64"))])),
  }));
  for (let i = 0; ; i++) {
    await writeAuditFile(target, states[i % states.length] as StoredAudit);
    // Once warm, so that the kill lands anywhere in the save cycle rather than in start-up.
    if (i === 0) process.stdout.write("ready\n");
  }
}

const [target, seedFile] = process.argv.slice(2);
if (target && seedFile) await main(target, seedFile);
