import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";

/** Debian's chromium (`apt-get install chromium`); playwright-core never downloads a browser here. */
export const CHROMIUM = "/usr/bin/chromium";

/** Screenshots and downloads of the browser tests (git-ignored). */
export const ARTIFACTS_DIR = fileURLToPath(new URL("../../artifacts/", import.meta.url));

/** The built front end the server serves; `npm run build` (and so `npm test`) writes it. */
export const WEB_DIST = fileURLToPath(new URL("../../../dist/web/", import.meta.url));

/** A headless chromium page that records every request it makes. */
export interface BrowserSession {
  page: Page;
  context: BrowserContext;
  /** Every URL requested by any page or worker of the session, in order. */
  requests: string[];
  /** Console errors and uncaught exceptions (a CSP violation shows up here). */
  errors: string[];
  close(): Promise<void>;
}

/**
 * Launches chromium with a fresh profile and no network beyond what the page asks for. Fails (never skips) when
 * the browser or the built front end is missing: these tests are the front end's acceptance.
 */
export async function openBrowser(): Promise<BrowserSession> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium), as .ci/run does`);
  }
  if (!existsSync(join(WEB_DIST, "graph.html"))) throw new Error(`${WEB_DIST} is missing: run \`npm run build\` first`);
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), "govgraph-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    acceptDownloads: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const requests: string[] = [];
  const errors: string[] = [];
  context.on("request", (request) => requests.push(request.url()));
  const page = context.pages()[0] ?? (await context.newPage());
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return {
    page,
    context,
    requests,
    errors,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The requests that went anywhere but 127.0.0.1 (a blob: URL counts as its origin). */
export function requestsLeavingLocalhost(requests: readonly string[]): string[] {
  return requests.filter((url) => {
    const parsed = new URL(url.startsWith("blob:") ? url.slice("blob:".length) : url);
    return parsed.hostname !== "127.0.0.1";
  });
}
