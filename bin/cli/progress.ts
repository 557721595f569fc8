import type { PoolProgress } from "../../electron/node/workers/pool.js";

export interface ProgressLine {
  update(p: PoolProgress): void;
  end(): void;
}

const NONE: ProgressLine = { update: () => undefined, end: () => undefined };

/** Shown on a terminal, or with --progress; --no-progress silences it. Never on stdout. */
export function wantsProgress(flags: Map<string, string | true>, stream = process.stderr): boolean {
  if (flags.has("--no-progress")) return false;
  return flags.has("--progress") || stream.isTTY === true;
}

function shorten(name: string, max = 48): string {
  return name.length <= max ? name : `…${name.slice(-(max - 1))}`;
}

/**
 * `解析 37/200 …/县政府2021.pdf` on stderr: redrawn in place on a terminal (10 times a second
 * at most), one line a second into a log or a pipe.
 */
export function progressLine(on: boolean, stream = process.stderr, verb = "解析"): ProgressLine {
  if (!on) return NONE;
  const tty = stream.isTTY === true;
  const every = tty ? 100 : 1000;
  let last = 0;
  let shown: PoolProgress | null = null;
  const text = (p: PoolProgress) =>
    `${verb} ${p.done}/${p.total}${p.current ? ` ${shorten(p.current)}` : ""}`;
  const draw = (p: PoolProgress) => {
    stream.write(tty ? `\r\x1b[K${text(p)}` : `${text(p)}\n`);
    shown = p;
    last = Date.now();
  };
  return {
    update(p) {
      if (Date.now() - last >= every || (p.done === p.total && shown?.done !== p.done)) draw(p);
    },
    end() {
      if (tty && shown) stream.write("\r\x1b[K");
    },
  };
}
