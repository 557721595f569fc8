import { describe, expect, it } from "vitest";
import { dispatch } from "../../../electron/node/ipc/dispatch.js";
import { CHANNELS, type NianbaoApi } from "../../../shared/ipc/contract.js";

const calls: string[] = [];
const api = Object.fromEntries(
  CHANNELS.map((c) => [
    c,
    async (req: unknown) => {
      calls.push(c);
      return req;
    },
  ]),
) as unknown as NianbaoApi;

describe("IPC dispatch validates every payload and refuses unknown channels", () => {
  it("passes a valid payload to its service", async () => {
    const req = { reportId: "r1", cell: "t3.new.total", value: 5, clear: false };
    expect(await dispatch(api, "audit:setCorrection", req)).toEqual({ ok: true, value: req });
  });
  it.each([
    ["audit:setCorrection", { reportId: "r1", cell: "t3.new.total", value: 5 }],
    ["audit:setCorrection", { reportId: "r1", cell: "../../etc/passwd", value: 5, clear: false }],
    [
      "audit:setCorrection",
      { reportId: "r1", cell: "t3.new.total", value: { x: 1 }, clear: false },
    ],
    ["audit:setVerdict", { reportId: "r1", key: "k", status: "maybe", note: "" }],
    ["audit:setMeta", { reportId: "r1", year: 3000 }],
    ["audit:setMeta", { reportId: "r1", level: "emperor" }],
    ["audit:get", { extra: true }],
    ["audit:import", { files: [] }],
    ["audit:setInspector", "root"],
    ["audit:addRemark", { reportId: "r1", target: { kind: "file", path: "/" }, text: "x" }],
    ["audit:pageImage", { reportId: "r1", page: 0 }],
    ["audit:pageImage", { reportId: "r1", page: 1.5 }],
    ["audit:pageImage", { reportId: "r1", page: 2, path: "/etc/passwd" }],
    ["audit:ocrStatus", { file: "x" }],
    ["audit:cancelOcr", { all: true }],
  ])("%s refuses %j", async (channel, payload) => {
    const before = calls.length;
    const res = await dispatch(api, channel, payload);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.code).toBe("INVALID_REQUEST");
    // The inspector reads it: Chinese, and none of the schema's words.
    if (!res.ok) expect(res.error.message).toMatch(/^[^A-Za-z]+。$/u);
    expect(calls.length).toBe(before);
  });
  it("says in words what was too long or missing", async () => {
    const long = { reportId: "r1", key: "k", status: "confirmed", note: "很".repeat(5001) };
    expect(await dispatch(api, "audit:setVerdict", long)).toMatchObject({
      error: { message: "说明过长（最多5000个字）。" },
    });
    expect(await dispatch(api, "audit:setInspector", { name: "" })).toMatchObject({
      error: { message: "姓名不能为空。" },
    });
  });
  it("says a bug's English error in Chinese", async () => {
    const broken = {
      ...api,
      "audit:get": async () => {
        throw new TypeError("Cannot read properties of undefined (reading 'x')");
      },
    } as NianbaoApi;
    const res = await dispatch(broken, "audit:get", {});
    expect(res).toMatchObject({ ok: false, error: { code: "SERVICE_ERROR" } });
    if (!res.ok) expect(res.error.message).not.toMatch(/[A-Za-z]/);
  });
  it("refuses an unknown channel", async () => {
    const res = await dispatch(api, "fs:readFile", { path: "/etc/passwd" });
    expect(res).toMatchObject({ ok: false, error: { code: "UNKNOWN_CHANNEL" } });
  });
  it("turns a service failure into SERVICE_ERROR", async () => {
    const failing = {
      ...api,
      "audit:get": async () => Promise.reject(new Error("坏了")),
    } as NianbaoApi;
    expect(await dispatch(failing, "audit:get", {})).toEqual({
      ok: false,
      error: { code: "SERVICE_ERROR", message: "坏了" },
    });
  });
});
