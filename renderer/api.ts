import { CHANNEL_NAMES, type Bridge, type BridgeResult } from "../shared/ipc/channels.js";
import type { Channel, NianbaoApi, RequestOf, Responses } from "../shared/ipc/contract.js";

/** A call the host refused or could not complete; `code` is the contract's or the transport's. */
export class ApiCallError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "ApiCallError";
  }
}

declare global {
  interface Window {
    nianbao?: Bridge;
  }
}

/** The browser mode: POST /api/<channel> with the token the host put into index.html. */
export function fetchBridge(token: string, fetcher: typeof fetch = fetch): Bridge {
  return {
    async invoke(channel: string, payload: unknown): Promise<BridgeResult> {
      let res: Response;
      try {
        res = await fetcher(`./api/${encodeURIComponent(channel)}`, {
          method: "POST",
          headers: { "Content-Type": "application/json", "x-nianbao-token": token },
          credentials: "same-origin",
          body: JSON.stringify(payload ?? {}),
        });
      } catch {
        return {
          ok: false,
          error: { code: "NETWORK", message: "无法连接工作台服务，请确认 nianbao 仍在运行" },
        };
      }
      const text = await res.text();
      try {
        return JSON.parse(text) as BridgeResult;
      } catch {
        return {
          ok: false,
          error: {
            code: `HTTP_${res.status}`,
            message: text.slice(0, 200) || `服务返回 ${res.status}`,
          },
        };
      }
    },
  };
}

function pageToken(): string {
  return document.querySelector<HTMLMetaElement>('meta[name="nianbao-token"]')?.content ?? "";
}

/** The typed client of the contract over a bridge: one method per channel. */
export function apiFrom(bridge: Bridge): NianbaoApi {
  const call = async <C extends Channel>(
    channel: C,
    request: RequestOf<C>,
  ): Promise<Responses[C]> => {
    const result = await bridge.invoke(channel, request);
    if (!result.ok) throw new ApiCallError(result.error.code, result.error.message);
    return result.value as Responses[C];
  };
  const api: Partial<Record<Channel, (r: never) => Promise<unknown>>> = {};
  for (const channel of CHANNEL_NAMES) api[channel] = (r: never) => call(channel, r);
  return api as NianbaoApi;
}

/** Electron's preload bridge when present, else the browser-mode host. */
export function createApi(): NianbaoApi {
  return apiFrom(window.nianbao ?? fetchBridge(pageToken()));
}
