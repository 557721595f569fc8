import { contextBridge, ipcRenderer } from "electron";
import { CHANNEL_NAMES, type Bridge, type BridgeResult } from "../../shared/ipc/channels.js";

const allowed = new Set<string>(CHANNEL_NAMES);

// The renderer gets one function, not ipcRenderer: only the contract's channels pass.
const bridge: Bridge = {
  invoke(channel: string, payload: unknown): Promise<BridgeResult> {
    if (!allowed.has(channel))
      return Promise.resolve({
        ok: false,
        error: { code: "UNKNOWN_CHANNEL", message: `未知的调用：${channel}` },
      });
    return ipcRenderer.invoke(channel, payload) as Promise<BridgeResult>;
  },
};

contextBridge.exposeInMainWorld("nianbao", bridge);
