import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { APP_ROOT } from "../../electron/node/paths.js";

// electron-builder's own loader and schema check, as `npm run dist` runs them before packaging.
const require = createRequire(import.meta.url);
const { getConfig, validateConfiguration } = require("app-builder-lib/out/util/config/config") as {
  getConfig(dir: string, path: string, extra: null): Promise<Record<string, unknown>>;
  validateConfiguration(config: object, logger: { isEnabled: boolean; add(): void }): Promise<void>;
};
const CONFIG = "build/electron-builder.yml";

interface Target {
  target: string;
}
interface Config {
  /** As getConfig normalises it: one file set with its filter patterns. */
  files: { filter: string[] }[];
  win: { icon: string; target: Target[] };
  linux: { icon: string; target: Target[] };
  asarUnpack: string[];
}

async function config(): Promise<Config> {
  return (await getConfig(APP_ROOT, join(APP_ROOT, CONFIG), null)) as unknown as Config;
}

function pngSize(path: string): [number, number] {
  const b = readFileSync(path);
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

describe("the electron-builder configuration", () => {
  it("passes electron-builder's schema", async () => {
    await expect(
      validateConfiguration(await config(), { isEnabled: false, add() {} }),
    ).resolves.toBeUndefined();
  });

  it("builds Windows nsis and portable, Linux AppImage and deb, with an icon of 512 px", async () => {
    const c = await config();
    expect(c.win.target.map((t) => t.target)).toEqual(["nsis", "portable"]);
    expect(c.linux.target.map((t) => t.target)).toEqual(["AppImage", "deb"]);
    for (const icon of [c.win.icon, c.linux.icon]) {
      expect(existsSync(join(APP_ROOT, icon))).toBe(true);
      expect(pngSize(join(APP_ROOT, icon))).toEqual([512, 512]);
    }
  });

  it("packs the built app, the main entry and the sample reports", async () => {
    const c = await config();
    const pkg = JSON.parse(readFileSync(join(APP_ROOT, "package.json"), "utf8")) as {
      main: string;
      scripts: Record<string, string>;
    };
    expect(c.files.flatMap((f) => f.filter)).toEqual(
      expect.arrayContaining(["dist/**/*", "build/samples/**/*"]),
    );
    expect(pkg.main.startsWith("dist/")).toBe(true);
    expect(pkg.scripts["dist"]).toContain(CONFIG);
  });

  it("keeps files read from disk by path outside the archive, and they exist", async () => {
    const c = await config();
    for (const pattern of c.asarUnpack) {
      const dir = pattern.replace(/\/\*.*$/, "");
      expect(existsSync(join(APP_ROOT, dir)), pattern).toBe(true);
    }
  });
});
