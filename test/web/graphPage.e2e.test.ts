import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MemoryStore } from "../../src/store/memory/MemoryStore.js";
import { seedText } from "../support/briefings.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { ARTIFACTS_DIR, openBrowser, requestsLeavingLocalhost, type BrowserSession } from "./support/browser.js";
import { networkxGexfCounts, networkxCytoscapeCounts, networkxGraphMLCounts } from "./support/python.js";

/** What the page's `window.govgraph` inspector answers (src/web/graph/GraphPage.ts). */
interface Inspector {
  graph: { order: number; getNodeAttributes(id: string): { nodeType: string; fullLabel: string; size: number; risks: string[] | null } };
  visibleNodes(): string[];
  viewportPosition(id: string): { x: number; y: number };
  layoutRunning(): boolean;
}
type InspectedWindow = Window & { govgraph: Inspector };

describe("the graph page at /", () => {
  let server: TestServer;
  let browser: BrowserSession;
  beforeAll(async () => {
    server = await startTestServer(new MemoryStore(), { "briefing-2026-03-25.txt": seedText() });
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const shown = async () => {
    const status = browser.page.locator("#status");
    return { nodes: Number(await status.getAttribute("data-nodes")), edges: Number(await status.getAttribute("data-edges")) };
  };

  it("draws the neighbourhood of the organization a search for “Anthropic” finds", async () => {
    const { page } = browser;
    await page.goto(`${server.app.url}/`);
    await page.locator("#search-input").fill("Anthropic");
    await page.locator("#search-input").press("Enter");
    await page.waitForFunction(() => Number(document.getElementById("status")?.dataset.nodes ?? 0) > 1);
    await page.waitForFunction(() => document.getElementById("status")?.dataset.loading === "false");
    expect((await shown()).nodes).toBeGreaterThan(1);
    const root = await page.evaluate(() => {
      const id = new URLSearchParams(location.search).get("node") ?? "";
      const { govgraph } = window as unknown as InspectedWindow;
      return { order: govgraph.graph.order, ...govgraph.graph.getNodeAttributes(id) };
    });
    expect(root).toMatchObject({ nodeType: "Organization", fullLabel: "Anthropic" });
    expect(root.order).toBe((await shown()).nodes);
    await page.locator("#evidence h2", { hasText: /^Anthropic$/ }).waitFor();
  });

  it("shows the evidence of an organization clicked in the drawing: its items with their briefing dates", async () => {
    const { page } = browser;
    await page.locator("#search-input").press("Escape");
    // Let the layout settle (or stop it) so the node is where the click lands.
    await page.waitForFunction(() => !(window as unknown as InspectedWindow).govgraph.layoutRunning(), undefined, { timeout: 15_000 }).catch(async () => {
      await page.locator("#layout-toggle").click();
    });
    const target = await page.evaluate(() => {
      const { govgraph } = window as unknown as InspectedWindow;
      const root = new URLSearchParams(location.search).get("node");
      const organizations = govgraph.visibleNodes().filter((id) => govgraph.graph.getNodeAttributes(id).nodeType === "Organization");
      // Another organization than the start node if there is one: its panel can only come from the click.
      const id = organizations.filter((other) => other !== root).sort((a, b) => govgraph.graph.getNodeAttributes(b).size - govgraph.graph.getNodeAttributes(a).size)[0] ?? root ?? "";
      return { id, label: govgraph.graph.getNodeAttributes(id).fullLabel, ...govgraph.viewportPosition(id) };
    });
    const box = await page.locator("#graph").boundingBox();
    if (!box) throw new Error("the graph container is not laid out");
    await page.mouse.click(box.x + target.x, box.y + target.y);

    await page.locator("#evidence h2", { hasText: target.label }).waitFor();
    expect(await page.locator("#evidence h2").textContent()).toBe(target.label);
    expect(await page.locator("#evidence .kind").textContent()).toBe("Organization");
    const items = page.locator("#evidence .items .evidence-item");
    await items.first().waitFor();
    const titles = await items.locator("h4").allTextContents();
    const dates = await items.locator("time").allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.every((title) => title.trim().length > 0)).toBe(true);
    expect(dates).toEqual(titles.map(() => "2026-03-25"));
    await page.waitForFunction(() => document.getElementById("status")?.dataset.loading === "false");
    await page.screenshot({ path: join(ARTIFACTS_DIR, "graph-page.png") });
  });

  it("downloads the view as GraphML that networkx reads, and as GEXF and Cytoscape JSON that it reads too", async () => {
    const { page } = browser;
    await page.waitForFunction(() => document.getElementById("status")?.dataset.loading === "false");
    const view = await shown();
    const save = async (format: string, extension: string) => {
      const download = page.waitForEvent("download");
      await page.locator(`button[data-format=${format}]`).click();
      const file = join(ARTIFACTS_DIR, `view.${extension}`);
      await (await download).saveAs(file);
      return file;
    };
    expect(networkxGraphMLCounts(await save("GRAPHML", "graphml"))).toEqual(view);
    expect(networkxGexfCounts(await save("GEXF", "gexf"))).toEqual(view);
    expect(networkxCytoscapeCounts(await save("CYTOSCAPE_JSON", "cyjs"))).toEqual(view);
  });

  it("filters the view by theme, by risk and by date range", async () => {
    const { page } = browser;
    const before = await shown();
    await page.locator("#from").fill("2026-04-01");
    await page.locator("#from").dispatchEvent("change");
    const empty = await shown();
    expect(empty.nodes).toBeLessThan(before.nodes);
    await page.locator("#from").fill("");
    await page.locator("#from").dispatchEvent("change");
    expect(await shown()).toEqual(before);
    await page.locator("#theme").selectOption("supply-chain-security");
    const narrowed = await shown();
    expect(narrowed.nodes).toBeGreaterThan(0);
    expect(narrowed.nodes).toBeLessThan(before.nodes);
    await page.locator("#theme").selectOption("");
    expect(await shown()).toEqual(before);
    // The seed's LiteLLM item and Anthropic's computer-use item have risk 2.2; the Anthropic view holds items without it.
    const risks = await page.locator("#risk option").evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    expect(risks).toContain("2.2");
    await page.locator("#risk").selectOption("2.2");
    const risky = await shown();
    expect(risky.nodes).toBeGreaterThan(0);
    expect(risky.nodes).toBeLessThan(before.nodes);
    // What stays drawn are items with risk 2.2 (their risks known), and at least one of them.
    const riskyItems = await page.evaluate(() => {
      const { govgraph } = window as unknown as InspectedWindow;
      return govgraph.visibleNodes().filter((id) => govgraph.graph.getNodeAttributes(id).nodeType === "Item").map((id) => govgraph.graph.getNodeAttributes(id).risks);
    });
    expect(riskyItems.length).toBeGreaterThan(0);
    expect(riskyItems.every((codes) => codes?.includes("2.2"))).toBe(true);
    await page.locator("#risk").selectOption("");
    expect(await shown()).toEqual(before);
  });

  it("asked nothing of any host but 127.0.0.1 and broke no Content-Security-Policy rule", () => {
    expect(browser.requests.length).toBeGreaterThan(3);
    expect(requestsLeavingLocalhost(browser.requests)).toEqual([]);
    expect(browser.errors.filter((error) => /Content Security Policy|Refused to/i.test(error))).toEqual([]);
  });
});
