import { execSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import type { AuditSession } from "../../electron/node/services/audit-service.js";
import { startWebHost, type WebHost } from "../../electron/node/web-host.js";
import { APP_ROOT, RENDERER_DIR } from "../../electron/node/paths.js";

export const CHROMIUM = "/usr/bin/chromium";

/** Debian's Chromium headless; without the networking flags it keeps dialing out and is refused. */
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];

/** Fails with the install command when Chromium is absent; builds the renderer if it is not. */
export function requireBrowser(): void {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `e2e: Chromium not found at ${CHROMIUM}. Install it with: apt-get update && apt-get install -y chromium fonts-noto-cjk`,
    );
  if (!existsSync(join(RENDERER_DIR, "index.html")))
    execSync("npm run build", { cwd: APP_ROOT, stdio: "inherit" });
}

/**
 * The session's services in browser mode on 127.0.0.1 (no dialogs: files come from the page).
 * A new audit has no inspector and the page would ask her name first: the tests give one,
 * unless `inspector` is "" (the first start itself is tested).
 */
export async function serveSession(
  session: AuditSession,
  { inspector = "张审核" }: { inspector?: string } = {},
): Promise<WebHost> {
  if (inspector && !session.audit.inspector) await session.setInspector(inspector);
  const api = session.api({
    choose: async () => null,
    importPaths: async () => {
      throw new Error("x");
    },
  });
  return startWebHost(api, RENDERER_DIR);
}

/** A fresh profile in `work` each run (launchPersistentContext is how Playwright takes --user-data-dir). */
export async function openBrowser(
  work: string,
  options: { viewport: { width: number; height: number }; acceptDownloads?: boolean },
  timeout = 10_000,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(join(work, "profile"), {
    executablePath: CHROMIUM,
    args: ARGS,
    ...options,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(timeout);
  return { context, page };
}
