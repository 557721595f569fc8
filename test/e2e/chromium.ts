// Where Chromium is and how it starts, apart from the harness: scripts run outside vitest
// (test/gen/print/cli.ts) import it without vitest.
export const CHROMIUM = "/usr/bin/chromium";

/** Debian's Chromium headless; without the networking flags it keeps dialing out and is refused. */
export const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];
