import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

/**
 * Where `npm run build` writes the front end (scripts/web/build.mjs). The same path from src/api/static (tests,
 * tsx) and from dist/api/static (the compiled server): both sit three levels under the project root.
 */
export const WEB_DIST_DIR = fileURLToPath(new URL("../../../dist/web/", import.meta.url));

/**
 * Only this origin: scripts, styles, fonts, images, workers and fetches. No inline script or style, no eval,
 * no data: or blob: sources, no framing. The bundles are written to need nothing else (see scripts/web/build.mjs).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".ttf": "font/ttf",
};

/** The pages, by URL path; everything else is served from /assets/. */
const PAGES: Readonly<Record<string, string>> = {
  "/": "graph.html",
  "/graphiql": "graphiql.html",
  "/graphiql/": "graphiql.html",
};

interface WebAsset {
  body: Buffer;
  gzipped: Buffer | null;
  contentType: string;
  etag: string;
}

/** Serves a request for a page or an asset; false when the path is neither, or when the front end is not built. */
export type WebAssetHandler = (request: IncomingMessage, response: ServerResponse, path: string) => boolean;

/**
 * The built front end (GraphiQL at /graphiql, the graph page at /, their bundles under /assets/), read once into
 * memory. Names are stable, not content-hashed, so every response is `no-cache` with an ETag: browsers revalidate
 * and get 304 until a rebuild changes the file.
 */
export function createWebAssetHandler(dir: string = WEB_DIST_DIR): WebAssetHandler {
  let assets: Map<string, WebAsset> | undefined;
  return (request, response, path) => {
    assets ??= loadAssets(dir);
    const file = PAGES[path] ?? (path.startsWith("/assets/") ? path.slice(1) : undefined);
    const asset = file === undefined ? undefined : assets.get(file);
    if (!asset) return false;
    sendAsset(request, response, asset);
    return true;
  };
}

function loadAssets(dir: string): Map<string, WebAsset> {
  const assets = new Map<string, WebAsset>();
  if (!existsSync(dir)) return assets;
  for (const relative of readdirSync(dir, { recursive: true, encoding: "utf8" })) {
    const path = join(dir, relative);
    if (!statSync(path).isFile()) continue;
    const contentType = CONTENT_TYPES[extname(path)];
    if (contentType === undefined) continue;
    const body = readFileSync(path);
    const compressible = /^(text\/|application\/json|image\/svg)/.test(contentType) && body.length > 1024;
    assets.set(relative.split(sep).join("/"), {
      body,
      gzipped: compressible ? gzipSync(body, { level: 9 }) : null,
      contentType,
      etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 22)}"`,
    });
  }
  return assets;
}

function sendAsset(request: IncomingMessage, response: ServerResponse, asset: WebAsset): void {
  const method = (request.method ?? "GET").toUpperCase();
  const common = {
    "content-security-policy": CONTENT_SECURITY_POLICY,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
    "cache-control": "no-cache",
    vary: "accept-encoding",
  };
  if (method !== "GET" && method !== "HEAD") {
    response.writeHead(405, { ...common, allow: "GET, HEAD", "content-type": "text/plain; charset=utf-8" });
    response.end("method not allowed\n");
    return;
  }
  const gzip = asset.gzipped !== null && /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));
  // The gzipped body is another representation, so it gets its own validator.
  const etag = gzip ? `${asset.etag.slice(0, -1)}-gz"` : asset.etag;
  if (request.headers["if-none-match"]?.split(/\s*,\s*/).includes(etag)) {
    response.writeHead(304, { ...common, etag });
    response.end();
    return;
  }
  const body = gzip && asset.gzipped ? asset.gzipped : asset.body;
  response.writeHead(200, {
    ...common,
    etag,
    "content-type": asset.contentType,
    "content-length": body.length,
    ...(gzip ? { "content-encoding": "gzip" } : {}),
  });
  response.end(method === "HEAD" ? undefined : body);
}
