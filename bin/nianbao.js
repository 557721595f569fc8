#!/usr/bin/env node
// The nianbao command line; the TypeScript sources are in bin/cli and are bundled by `npm run build`.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const cli = new URL("../dist/cli.js", import.meta.url);
if (!existsSync(fileURLToPath(cli))) {
  console.error("nianbao: 尚未构建，请先运行 npm install（或 npm run build）");
  process.exit(2);
}
const { main } = await import(cli.href);
process.exitCode = await main(process.argv.slice(2));
