// Run by batch.test.ts (bundled with esbuild): the command line's `check`, then its peak memory.
import { main } from "../../bin/cli/main.js";

const code = await main(process.argv.slice(2));
process.stderr.write(`\nmaxRSS=${process.resourceUsage().maxRSS}\n`);
process.exitCode = code;
