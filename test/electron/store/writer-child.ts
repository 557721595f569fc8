// Run by crash.test.ts (bundled with esbuild): saves generation 0, 1, 2, … of the given audits to
// one path until killed, printing each generation once its save has returned.
import { readFileSync } from "node:fs";
import { writeAuditFile, type StoredAudit } from "../../../electron/node/store/index.js";
import { generation, type Seed } from "./fixture.js";

async function main(target: string, seedFile: string, from: number): Promise<void> {
  const seeds = JSON.parse(readFileSync(seedFile, "utf8")) as Seed[];
  const states = seeds.map((s) => ({
    ...s,
    sources: new Map(s.sources.map(([id, b]) => [id, new Uint8Array(Buffer.from(b, "base64"))])),
  }));
  for (let gen = from; ; gen++) {
    await writeAuditFile(target, generation(states as StoredAudit[], gen));
    process.stdout.write(`saved ${gen}\n`);
  }
}

const [target, seedFile, from] = process.argv.slice(2);
if (target && seedFile) await main(target, seedFile, Number(from ?? 0));
