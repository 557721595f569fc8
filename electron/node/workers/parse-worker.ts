// The entry of a parse worker thread (bundled to dist/parse-worker.js by scripts/build.mjs).
import { parentPort } from "node:worker_threads";
import type { FromWorker, ToWorker } from "./protocol.js";
import { parseJob } from "./parse.js";

const port = parentPort;
if (!port) throw new Error("parse-worker: not started as a worker thread");
const post = (m: FromWorker) => port.postMessage(m);
let granted: (() => void) | null = null;

const hooks = {
  // A scan asks the pool for its turn and waits for it.
  turn: () =>
    new Promise<void>((resolve) => {
      granted = resolve;
      post({ kind: "turn" });
    }),
  onProgress: (p: { page: number; pages: number }) => post({ kind: "scan", ...p }),
};

port.on("message", async (m: ToWorker) => {
  if (m.kind === "turn") {
    granted?.();
    granted = null;
    return;
  }
  const { result, ms } = await parseJob(m.job, hooks);
  post({ kind: "done", id: m.id, result, ms });
});
