// Where Debian's Chromium is and how it is launched, apart from the e2e harness (which needs
// vitest) so that the generators in test/gen can launch it too.
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
