import {
  REQUESTS,
  type ApiError,
  type Channel,
  type NianbaoApi,
} from "../../../shared/ipc/contract.js";
import { invalidRequestMessage } from "../../../shared/ipc/invalid.js";

const CHINESE = /[\u4e00-\u9fff]/u;
const INTERNAL = "程序内部出错，请重试；如仍出现，请联系技术支持。";

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
    return {
      ok: false,
      error: { code: "INVALID_REQUEST", message: invalidRequestMessage(parsed.error.issues) },
    };
  }
  try {
    const handler = api[channel] as (req: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (CHINESE.test(message)) return { ok: false, error: { code: "SERVICE_ERROR", message } };
    // A message in no words of the inspector's is a bug's: logged, and said plainly.
    console.error(`nianbao ${channel}:`, e);
    return { ok: false, error: { code: "SERVICE_ERROR", message: INTERNAL } };
  }
}
