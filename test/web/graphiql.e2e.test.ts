import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MemoryStore } from "../../src/store/memory/MemoryStore.js";
import { seedText } from "../support/briefings.js";
import { startTestServer, TEST_API_KEY, type TestServer } from "../support/server.js";
import { ARTIFACTS_DIR, openBrowser, requestsLeavingLocalhost, type BrowserSession } from "./support/browser.js";

/** The text of a CodeMirror 5 editor, which GraphiQL 4 uses; the instance hangs on its wrapper element. */
function editorText(selector: string): string {
  const wrapper = document.querySelector(selector) as (Element & { CodeMirror?: { getValue(): string } }) | null;
  if (!wrapper?.CodeMirror) throw new Error(`no CodeMirror editor at ${selector}`);
  return wrapper.CodeMirror.getValue();
}

describe("GraphiQL at /graphiql", () => {
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

  it("loads from this server alone, with the acceptance operations as tabs", async () => {
    const { page } = browser;
    await page.goto(`${server.app.url}/graphiql`);
    await page.locator(".graphiql-tab-button", { hasText: /^BriefingItems$/ }).waitFor();
    const tabs = await page.locator(".graphiql-tab-button").allTextContents();
    expect(tabs).toEqual(expect.arrayContaining(["Briefings", "BriefingItems", "Organization", "Ingest", "Neighborhood", "Search"]));
    expect(tabs).toHaveLength(12);
  });

  it("runs operation 02 with the variables of its header comment and shows the 31 items", async () => {
    const { page } = browser;
    await page.locator(".graphiql-tab-button", { hasText: /^BriefingItems$/ }).click();
    const variables = await page.evaluate(editorText, ".graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror");
    expect(JSON.parse(variables)).toEqual({ date: "2026-03-25" });

    // The Authorization header is settable: what the headers editor holds goes with the request.
    await page.locator(".graphiql-editor-tools button", { hasText: "Headers" }).click();
    await page.evaluate((key) => {
      const wrapper = document.querySelector(".graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror") as Element & {
        CodeMirror: { setValue(text: string): void };
      };
      wrapper.CodeMirror.setValue(JSON.stringify({ Authorization: `Bearer ${key}` }));
    }, TEST_API_KEY);
    // The waits below are shorter than the test's timeout, so that a run that hangs (seen once in CI, not
    // reproduced) says at which step, with what the result pane shows and a screenshot.
    const stuck = async (step: string) => {
      await page.screenshot({ path: join(ARTIFACTS_DIR, "graphiql-stuck.png") });
      const shown = await page.evaluate(editorText, ".result-window .CodeMirror").catch((error: unknown) => String(error));
      return new Error(`${step}; the result pane shows: ${shown.slice(0, 500)}`);
    };
    const sent = page.waitForRequest((request) => request.url().endsWith("/graphql") && request.method() === "POST", { timeout: 10_000 });
    await page.locator(".graphiql-execute-button").click();
    const request = await sent.catch(async () => Promise.reject(await stuck("no POST to /graphql within 10 s of clicking run")));
    expect(request.headers()["authorization"]).toBe(`Bearer ${TEST_API_KEY}`);

    await page
      .locator(".result-window")
      .getByText('"totalCount": 31')
      .waitFor({ timeout: 10_000 })
      .catch(async () => Promise.reject(await stuck("no 31 items in the result pane within 10 s")));
    const result = JSON.parse(await page.evaluate(editorText, ".result-window .CodeMirror")) as {
      data: { briefing: { date: string; items: { totalCount: number; edges: unknown[] } } };
    };
    expect(result.data.briefing.date).toBe("2026-03-25");
    expect(result.data.briefing.items.totalCount).toBe(31);
    expect(result.data.briefing.items.edges).toHaveLength(31);
    await page.screenshot({ path: join(ARTIFACTS_DIR, "graphiql.png") });
  });

  it("autocompletes fields and documents the schema", async () => {
    const { page } = browser;
    await page.locator(".graphiql-tab-add").click();
    const hints = await page.evaluate(async () => {
      const wrapper = document.querySelector(".graphiql-query-editor .CodeMirror") as Element & {
        CodeMirror: { setValue(text: string): void; setCursor(line: number, ch: number): void; focus(): void; execCommand(name: string): void };
      };
      const editor = wrapper.CodeMirror;
      editor.setValue("{ brief }");
      editor.focus();
      editor.setCursor(0, 7);
      editor.execCommand("autocomplete");
      await new Promise((resolve) => setTimeout(resolve, 300));
      return [...document.querySelectorAll(".CodeMirror-hints li")].map((li) => li.textContent);
    });
    expect(hints).toEqual(expect.arrayContaining(["briefing", "briefings"]));

    await page.locator(".graphiql-sidebar button[aria-label='Show Documentation Explorer']").click();
    await page.locator(".graphiql-doc-explorer").getByText("Query", { exact: true }).first().click();
    await page.locator(".graphiql-doc-explorer").getByText("neighborhood", { exact: true }).waitFor();
  });

  it("lists the example operations in a panel that opens one in a new tab", async () => {
    const { page } = browser;
    await page.locator(".graphiql-sidebar button[aria-label='Show Example operations']").click();
    await page.locator(".govgraph-examples button", { hasText: "Rankings" }).click();
    await page.locator(".graphiql-tab-active", { hasText: "Rankings" }).waitFor();
    const variables = await page.evaluate(editorText, ".graphiql-editor-tool .graphiql-editor .CodeMirror");
    expect(JSON.parse(variables)).toEqual({ from: "2026-03-01", to: "2026-03-31" });
  });

  it("asked nothing of any host but 127.0.0.1 and broke no Content-Security-Policy rule", () => {
    expect(browser.requests.length).toBeGreaterThan(3);
    expect(requestsLeavingLocalhost(browser.requests)).toEqual([]);
    expect(browser.errors.filter((error) => /Content Security Policy|Refused to/i.test(error))).toEqual([]);
  });
});
