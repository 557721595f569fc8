import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { APP_ROOT } from "../../electron/node/paths.js";
import { checkBoundaries, ROOTS, type KnownViolation } from "../../scripts/deps.mjs";

// A small tree that keeps every boundary; each case below adds one file that breaks one.
const CLEAN: Record<string, string> = {
  "shared/model/report.ts": "export type Level = string;\n",
  "shared/text/number.ts":
    'import type { Level } from "../model/report.js";\nexport const n = (l: Level) => l;\n',
  "shared/rules/engine.ts": 'import { n } from "../text/number.js";\nexport const run = n;\n',
  "shared/rules/index.ts": 'export { run } from "./engine.js";\n',
  "shared/parse/reader.ts": 'import { n } from "../text/number.js";\nexport const read = n;\n',
  "renderer/app.tsx":
    'import { run } from "../shared/rules/index.js";\nimport type { Level } from "../shared/model/report.js";\nexport const go = (l: Level) => run(l);\n',
  "renderer/features/grid/grid.tsx":
    'import { AgGrid } from "ag-grid-community";\nexport const g = AgGrid;\n',
  "electron/main/app.ts":
    'import { app } from "electron";\nimport { read } from "../../shared/parse/reader.js";\nexport const a = [app, read];\n',
};

// Installed packages as the checker finds them (it does not follow into node_modules).
for (const name of ["electron", "react-dom", "ag-grid-community"]) {
  CLEAN[`node_modules/${name}/package.json`] = JSON.stringify({ name, main: "index.js" });
  CLEAN[`node_modules/${name}/index.js`] = "export {};\n";
  CLEAN[`node_modules/${name}/client.js`] = "export {};\n";
}

const PLANTS: [string, string, Record<string, string>][] = [
  [
    "shared-no-node",
    "shared imports node:*",
    { "shared/text/io.ts": 'export { readFileSync } from "node:fs";\n' },
  ],
  [
    "shared-no-ui",
    "shared imports renderer/",
    { "shared/text/ui.ts": 'export { go } from "../../renderer/app.js";\n' },
  ],
  [
    "shared-no-ui",
    "shared imports electron/",
    { "shared/text/main.ts": 'export { a } from "../../electron/main/app.js";\n' },
  ],
  [
    "shared-no-ui",
    "shared imports a DOM package",
    { "shared/text/dom.ts": 'export { createRoot } from "react-dom/client";\n' },
  ],
  [
    "shared-parse-arrows",
    "parse imports rules",
    { "shared/parse/check.ts": 'export { run } from "../rules/engine.js";\n' },
  ],
  [
    "shared-rules-arrows",
    "rules imports parse",
    { "shared/rules/read.ts": 'export { read } from "../parse/reader.js";\n' },
  ],
  [
    "renderer-through-entries",
    "renderer deep-imports shared",
    { "renderer/deep.tsx": 'export { run } from "../shared/rules/engine.js";\n' },
  ],
  [
    "electron-only-in-electron",
    "renderer imports electron",
    { "renderer/ipc.ts": 'export { ipcRenderer } from "electron";\n' },
  ],
  [
    "electron-only-in-electron",
    "the Node side imports electron",
    { "electron/node/dialog.ts": 'export { dialog } from "electron";\n' },
  ],
  [
    "node-side-without-electron",
    "the Node side imports the Electron process",
    { "electron/node/window.ts": 'export { a } from "../main/app.js";\n' },
  ],
  [
    "ag-grid-only-in-grid",
    "ag-grid outside the grid feature",
    { "renderer/features/memo/table.tsx": 'export { AgGrid } from "ag-grid-community";\n' },
  ],
  [
    "no-folder-cycles",
    "two folders import each other",
    {
      "renderer/features/a/x.ts": 'import { y } from "../b/y.js";\nexport const x = () => y;\n',
      "renderer/features/b/y.ts": 'import { x } from "../a/x.js";\nexport const y = () => x;\n',
    },
  ],
];

const dirs: string[] = [];
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "nianbao-deps-"));
  dirs.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const roots = ["shared", "renderer", "electron"];

describe("the boundaries (npm run deps)", () => {
  it("hold in the synthetic tree the plants go into", async () => {
    expect(await checkBoundaries(roots, tree(CLEAN))).toEqual([]);
  });

  it.each(PLANTS)("%s fails on a plant: %s", async (rule, _what, plant) => {
    const broken = await checkBoundaries(roots, tree({ ...CLEAN, ...plant }));
    expect(
      broken.some((line) => line.startsWith(`${rule}: `)),
      broken.join("\n"),
    ).toBe(true);
  });

  it("hold in the product code, with only the folder cycles known today", async () => {
    const known = JSON.parse(
      readFileSync(join(APP_ROOT, ".dependency-cruiser-known-violations.json"), "utf8"),
    ) as KnownViolation[];
    expect(known.every((v) => v.rule.name === "no-folder-cycles")).toBe(true);
    expect(await checkBoundaries(ROOTS, APP_ROOT, known)).toEqual([]);
  });
});
