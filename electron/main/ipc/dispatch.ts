import {
  REQUESTS,
  type ApiError,
  type Channel,
  type NianbaoApi,
} from "../../../shared/ipc/contract.js";

export type DispatchResult = { ok: true; value: unknown } | { ok: false; error: ApiError };

function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(REQUESTS, name);
}

/** The one entry of every call from a renderer: unknown channels refused, payloads validated. */
export async function dispatch(
  api: NianbaoApi,
  channel: string,
  payload: unknown,
): Promise<DispatchResult> {
  if (!isChannel(channel))
    return {
      ok: false,
      error: { code: "UNKNOWN_CHANNEL", message: `未知的调用：${channel.slice(0, 80)}` },
    };
  const parsed = REQUESTS[channel].safeParse(payload ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join(".") || "(根)";
    return {
      ok: false,
      error: {
        code: "INVALID_REQUEST",
        message: `请求参数无效：${where} ${issue?.message ?? ""}`.trim(),
      },
    };
  }
  try {
    const handler = api[channel] as (req: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (e) {
    return {
      ok: false,
      error: { code: "SERVICE_ERROR", message: e instanceof Error ? e.message : String(e) },
    };
  }
}
