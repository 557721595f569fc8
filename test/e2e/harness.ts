import { execSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import type { AuditSession } from "../../electron/node/services/audit-service.js";
import { startWebHost, type WebHost } from "../../electron/node/web-host.js";
import { APP_ROOT, RENDERER_DIR, SAMPLES_DIR } from "../../electron/node/paths.js";
import { openSession } from "../../electron/node/services/open-session.js";
import { ARGS, CHROMIUM } from "./chromium.js";

export { ARGS, CHROMIUM };

/** Fails with the install command when Chromium is absent; builds the renderer if it is not. */
export function requireBrowser(): void {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `e2e: Chromium not found at ${CHROMIUM}. Install it with: apt-get update && apt-get install -y chromium fonts-noto-cjk`,
    );
  if (!existsSync(join(RENDERER_DIR, "index.html")))
    execSync("npm run build", { cwd: APP_ROOT, stdio: "inherit" });
}

/** Chromium launched once for the test file that calls this (closed after it): a getter. */
export function launchedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    requireBrowser();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  }, 120_000);
  afterAll(() => browser?.close());
  return () => {
    if (!browser) throw new Error("e2e: the browser is not launched yet");
    return browser;
  };
}

/**
 * The session's services in browser mode on 127.0.0.1 (no dialogs: files come from the page).
 * A new audit has no inspector and the page would ask her name first: the tests give one,
 * unless `inspector` is "" (the first start itself is tested).
 */
async function serveSession(
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
async function openBrowser(
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

export interface Workbench {
  /** The run's own folder: audit, browser profile, whatever the test writes. */
  work: string;
  session: AuditSession;
  host: WebHost;
  context: BrowserContext;
  page: Page;
  /** Closes the browser and the host and removes `work`. */
  close(): Promise<void>;
}

export interface WorkbenchOptions {
  /** The work folder is `nianbao-e2e-<prefix>-…` in the system's temporary folder. */
  prefix: string;
  /** A folder of sample reports the audit offers to open (SAMPLES_DIR). */
  samples?: string;
  viewport: { width: number; height: number };
  /** Playwright's default timeout for the page, in ms. */
  timeout?: number;
  acceptDownloads?: boolean;
  /** As serveSession's: "" leaves the audit without an inspector. */
  inspector?: string;
  /** Runs on the new session before it is served: imports, files written into `work`. */
  prepare?: (session: AuditSession, work: string) => Promise<unknown>;
  /** Runs before the page loads the workbench: listeners, init scripts. */
  beforeLoad?: (wb: Workbench) => unknown;
}

/**
 * A new audit in its own folder, its services on 127.0.0.1 (port 0: any free one) and a fresh
 * browser showing the workbench: every e2e file shares nothing with another.
 */
export async function openWorkbench(o: WorkbenchOptions): Promise<Workbench> {
  const work = mkdtempSync(join(tmpdir(), `nianbao-e2e-${o.prefix}-`));
  let host: WebHost | undefined;
  let context: BrowserContext | undefined;
  const close = async () => {
    await context?.close();
    await host?.close();
    rmSync(work, { recursive: true, force: true });
  };
  try {
    const session = await openSession(join(work, "审核.nbaudit"), "browser", o.samples);
    if ("code" in session) throw new Error(`openSession: ${session.code} ${session.message}`);
    await o.prepare?.(session, work);
    host = await serveSession(session, { inspector: o.inspector });
    const opened = await openBrowser(
      work,
      { viewport: o.viewport, acceptDownloads: o.acceptDownloads },
      o.timeout,
    );
    context = opened.context;
    const wb = { work, session, host, context, page: opened.page, close };
    await o.beforeLoad?.(wb);
    await wb.page.goto(host.url);
    return wb;
  } catch (e) {
    await close();
    throw e;
  }
}

/** The workbench offering the five sample reports, once all five are listed. */
export async function openOnSamples(o: Omit<WorkbenchOptions, "samples">): Promise<Workbench> {
  const wb = await openWorkbench({ ...o, samples: SAMPLES_DIR });
  await wb.page.locator(".nb-report").nth(4).waitFor();
  return wb;
}
