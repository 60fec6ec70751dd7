import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONTENT_SECURITY_POLICY, createWebAssetHandler } from "../../src/api/static/webAssets.js";

describe("serving the built front end", () => {
  const dir = mkdtempSync(join(tmpdir(), "govgraph-web-"));
  const script = `console.log(${JSON.stringify("x".repeat(4000))});\n`;
  let server: Server;
  let base: string;
  beforeAll(async () => {
    mkdirSync(join(dir, "assets"));
    writeFileSync(join(dir, "graph.html"), "<!doctype html><title>graph</title>");
    writeFileSync(join(dir, "graphiql.html"), "<!doctype html><title>graphiql</title>");
    writeFileSync(join(dir, "assets", "graph.js"), script);
    writeFileSync(join(dir, "assets", "font.woff2"), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
    writeFileSync(join(dir, "assets", "notes.unknown"), "not served");
    const handle = createWebAssetHandler(dir);
    server = createServer((request, response) => {
      const path = new URL(request.url ?? "/", "http://localhost").pathname;
      if (!handle(request, response, path)) {
        response.statusCode = 404;
        response.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  it("serves the pages at / and /graphiql with a CSP that allows only this origin", async () => {
    for (const [path, title] of [["/", "graph"], ["/graphiql", "graphiql"], ["/graphiql/", "graphiql"]] as const) {
      const response = await fetch(`${base}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(await response.text()).toContain(`<title>${title}</title>`);
      const csp = response.headers.get("content-security-policy") ?? "";
      expect(csp).toBe(CONTENT_SECURITY_POLICY);
      expect(csp).not.toMatch(/unsafe-|data:|blob:|https?:|\*/);
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    }
  });

  it("gives each asset its content type, an ETag, and 304 when it has not changed", async () => {
    const first = await fetch(`${base}/assets/graph.js`, { headers: { "accept-encoding": "identity" } });
    expect(first.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(first.headers.get("cache-control")).toBe("no-cache");
    expect(await first.text()).toBe(script);
    const etag = first.headers.get("etag") ?? "";
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await fetch(`${base}/assets/graph.js`, { headers: { "if-none-match": etag, "accept-encoding": "identity" } });
    expect(again.status).toBe(304);
    expect((await fetch(`${base}/assets/font.woff2`)).headers.get("content-type")).toBe("font/woff2");
  });

  it("sends text assets gzipped to clients that accept it, with a validator of their own", async () => {
    const { request } = await import("node:http");
    const raw = await new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
      request(`${base}/assets/graph.js`, { headers: { "accept-encoding": "gzip" } }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk)).on("end", () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
      }).on("error", reject).end();
    });
    expect(raw.headers["content-encoding"]).toBe("gzip");
    expect(raw.headers["vary"]).toBe("accept-encoding");
    expect(String(raw.headers["etag"])).toMatch(/-gz"$/);
    expect(gunzipSync(raw.body).toString("utf8")).toBe(script);
  });

  it("answers HEAD without a body and refuses other methods", async () => {
    const head = await fetch(`${base}/assets/graph.js`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
    const post = await fetch(`${base}/`, { method: "POST", body: "x" });
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET, HEAD");
  });

  it("serves nothing but the built files: no unknown types, no paths outside the directory", async () => {
    expect((await fetch(`${base}/assets/notes.unknown`)).status).toBe(404);
    expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404);
    expect((await fetch(`${base}/assets/%2e%2e/graph.html`)).status).toBe(404);
    expect((await fetch(`${base}/graph.html`)).status).toBe(404);
  });

  it("handles nothing when the front end is not built, so the API still answers", () => {
    const handle = createWebAssetHandler(join(dir, "missing"));
    expect(handle({ method: "GET", headers: {} } as never, {} as never, "/")).toBe(false);
  });
});
