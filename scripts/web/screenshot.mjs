#!/usr/bin/env node
// Takes the README's screenshot of the graph page (docs/graph-page.png) from a running server:
//   npm start &   node scripts/web/screenshot.mjs http://127.0.0.1:4000 docs/graph-page.png
// Drives Debian's chromium (/usr/bin/chromium) headless with playwright-core: searches "Anthropic" three links deep,
// expands the two largest themes, selects another organization, and saves the page.
// The page.evaluate and waitForFunction callbacks below run in the page, where these globals exist.
/* global window, document */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

const [base = "http://127.0.0.1:4000", out = "docs/graph-page.png"] = process.argv.slice(2);
const profile = mkdtempSync(join(tmpdir(), "govgraph-screenshot-"));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: "/usr/bin/chromium",
  headless: true,
  viewport: { width: 1440, height: 860 },
  deviceScaleFactor: 1,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  const page = context.pages()[0] ?? (await context.newPage());
  const idle = async () => {
    await page.waitForFunction(() => document.getElementById("status")?.dataset.loading === "false");
    await page.waitForFunction(() => !window.govgraph.layoutRunning(), undefined, { timeout: 60_000 });
  };
  const clickNode = async (id) => {
    const point = await page.evaluate((node) => window.govgraph.viewportPosition(node), id);
    const box = await page.locator("#graph").boundingBox();
    await page.mouse.click(box.x + point.x, box.y + point.y);
    await page.waitForTimeout(400);
  };
  const largest = (type, skip) =>
    page.evaluate(
      ([wanted, skipped]) => {
        const { graph, visibleNodes } = window.govgraph;
        return visibleNodes()
          .filter((id) => graph.getNodeAttribute(id, "nodeType") === wanted && !skipped.includes(id))
          .sort((a, b) => graph.getNodeAttribute(b, "size") - graph.getNodeAttribute(a, "size"));
      },
      [type, skip],
    );

  await page.goto(`${base}/`);
  await page.locator("#depth").selectOption("3");
  await page.locator("#search-input").fill("Anthropic");
  await page.locator("#search-input").press("Enter");
  await page.waitForFunction(() => Number(document.getElementById("status")?.dataset.nodes ?? 0) > 1);
  await page.locator("#search-input").press("Escape");
  await idle();
  for (const theme of (await largest("Theme", [])).slice(0, 2)) {
    await clickNode(theme);
    await idle();
  }
  const root = new URL(page.url()).searchParams.get("node");
  const [organization] = await largest("Organization", [root]);
  if (organization) await clickNode(organization);
  await page.locator("#evidence .items").waitFor();
  await idle();
  await page.mouse.move(5, 5);
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
