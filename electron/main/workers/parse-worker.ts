// The entry of a parse worker thread (bundled to dist/parse-worker.js by scripts/build.mjs).
import { parentPort } from "node:worker_threads";
import type { ParseReply, ParseRequest } from "./protocol.js";
import { parseJob } from "./parse.js";

const port = parentPort;
if (!port) throw new Error("parse-worker: not started as a worker thread");
port.on("message", async ({ id, job }: ParseRequest) => {
  const { result, ms } = await parseJob(job);
  const reply: ParseReply = { id, result, ms };
  port.postMessage(reply);
});
