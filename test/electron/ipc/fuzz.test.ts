import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dispatch } from "../../../electron/node/ipc/dispatch.js";
import { ipcHandler } from "../../../electron/node/ipc/handler.js";
import { CHANNEL_NAMES } from "../../../shared/ipc/channels.js";
import { CHANNELS, REQUESTS, type NianbaoApi } from "../../../shared/ipc/contract.js";

const calls: unknown[] = [];
const api = Object.fromEntries(
  CHANNELS.map((c) => [
    c,
    async (req: unknown) => {
      calls.push(req);
      return "done";
    },
  ]),
) as unknown as NianbaoApi;

/** A valid payload of a channel: the fuzzer breaks one field of it at a time. */
const VALID: Partial<Record<string, Record<string, unknown>>> = {
  "audit:get": {},
  "audit:import": { files: [{ name: "a.txt", data: "YQ==" }] },
  "audit:importPaths": { paths: ["/home/u/a.txt"] },
  "audit:chooseFiles": { folders: false },
  "audit:setCorrection": { reportId: "r1", cell: "t3.new.total", value: 5, clear: false },
  "audit:setVerdict": { reportId: "r1", key: "k", status: "confirmed", note: "" },
  "audit:addRemark": { reportId: "r1", target: { kind: "report" }, text: "x" },
  "audit:deleteRemark": { reportId: "r1", remarkId: "m1" },
  "audit:setMeta": { reportId: "r1", year: 2021 },
  "audit:removeReport": { reportId: "r1" },
  "audit:setInspector": { name: "张三" },
  "audit:history": { reportId: "r1" },
  "audit:signOff": { reportId: "r1", seq: 3, note: "", reviewer: "李复核" },
  "audit:linkRound": { reportId: "r1", of: "r0" },
};

/** Calls dispatch and checks: it never throws; the service runs exactly when the schema accepts. */
async function expectGuarded(channel: string, payload: unknown): Promise<void> {
  const before = calls.length;
  const res = await dispatch(api, channel, payload);
  const known = (CHANNELS as string[]).includes(channel);
  const valid =
    known && REQUESTS[channel as keyof typeof REQUESTS].safeParse(payload ?? {}).success;
  expect(res.ok).toBe(valid);
  expect(calls.length - before).toBe(valid ? 1 : 0);
  if (!res.ok) {
    expect(res.error.code).toBe(known ? "INVALID_REQUEST" : "UNKNOWN_CHANNEL");
    expect(res.error.message).toMatch(/[\u4e00-\u9fff]/);
  }
}

const RUNS = Number(process.env.NB_FUZZ_RUNS ?? 1000);

describe("fuzzing the IPC handlers with invalid payloads", () => {
  it("the preload's allow-list is the contract's channels", () => {
    expect([...CHANNEL_NAMES].sort()).toEqual([...CHANNELS].sort());
    for (const [c, p] of Object.entries(VALID))
      expect(REQUESTS[c as keyof typeof REQUESTS].safeParse(p).success, c).toBe(true);
  });

  it("any value as the payload of any channel", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...CHANNELS), fc.anything(), (c, p) => expectGuarded(c, p)),
      { numRuns: RUNS },
    );
  });

  it("a valid payload with one field replaced, added or removed", async () => {
    const broken = fc
      .tuple(
        fc.constantFrom(...Object.keys(VALID)),
        fc.string({ maxLength: 12 }),
        fc.anything(),
        fc.boolean(),
      )
      .map(([c, key, value, drop]) => {
        const valid = VALID[c] ?? {};
        const keys = Object.keys(valid);
        const k =
          keys.length && !key.startsWith("+") ? (keys[key.length % keys.length] as string) : key;
        const payload: Record<string, unknown> = { ...valid };
        if (drop) delete payload[k];
        else payload[k] = value;
        return [c, payload] as const;
      });
    await fc.assert(
      fc.asyncProperty(broken, ([c, p]) => expectGuarded(c, p)),
      { numRuns: RUNS },
    );
  });

  it("strings that are no channel", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300, unit: "binary" }), fc.anything(), (c, p) =>
        expectGuarded(c, p),
      ),
      { numRuns: RUNS },
    );
  });

  it("prototype keys are no channels", async () => {
    for (const c of ["__proto__", "constructor", "toString", "hasOwnProperty", "audit:get "])
      await expectGuarded(c, {});
  });
});

describe("the registered handler", () => {
  it("answers an untrusted sender FORBIDDEN and never reaches the service", async () => {
    const handler = ipcHandler(api, "audit:get", (e: { trusted: boolean }) => e.trusted);
    const before = calls.length;
    expect(await handler({ trusted: false }, {})).toEqual({
      ok: false,
      error: { code: "FORBIDDEN", message: "调用来源不受信任" },
    });
    expect(calls.length).toBe(before);
    expect(await handler({ trusted: true }, {})).toEqual({ ok: true, value: "done" });
    expect(calls.length).toBe(before + 1);
  });
});
