import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { HeaderMap, type ApolloServer } from "@apollo/server";
import { isAuthorized } from "./auth.js";
import { createContext, type ApiContext, type ApiServices } from "./context.js";
import { createWebAssetHandler, type WebAssetHandler } from "./static/webAssets.js";

/** Largest request body accepted: a briefing is a few tens of KB; 10 MiB leaves room for big ones. */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;

export interface HttpServerOptions {
  apollo: ApolloServer<ApiContext>;
  services: ApiServices;
  host: string;
  port: number;
}

/** A listening govgraph HTTP server. */
export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Serves GraphQL at /graphql (GET and POST), readiness at /health, and the built front end (the graph page at /,
 * GraphiQL at /graphiql, their bundles under /assets/), on Node's own http module.
 * The Apollo server must already be started.
 */
export async function startHttpServer(options: HttpServerOptions): Promise<RunningServer> {
  const webAssets = createWebAssetHandler();
  const server = createServer((request, response) => {
    route(request, response, options, webAssets).catch(() => sendJson(response, 500, { error: "Internal server error" }));
  });
  await listen(server, options.port, options.host);
  const port = (server.address() as AddressInfo).port;
  const host = options.host.includes(":") ? `[${options.host}]` : options.host;
  return {
    url: `http://${host === "0.0.0.0" ? "127.0.0.1" : host}:${port}`,
    port,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

async function route(
  request: IncomingMessage,
  response: ServerResponse,
  options: HttpServerOptions,
  webAssets: WebAssetHandler,
): Promise<void> {
  const path = new URL(request.url ?? "/", "http://localhost").pathname;
  if (path === "/health") return health(response, options.services);
  if (path === "/graphql") return graphql(request, response, options);
  if (webAssets(request, response, path)) return;
  if (path === "/" && request.method === "GET") {
    // Only when the front end is not built (dist/web missing): say where the API is.
    response.writeHead(200, { "content-type": "text/plain; charset=utf-8" });
    response.end("govgraph: GraphQL API at /graphql, readiness at /health (web pages: run `npm run build`)\n");
    return;
  }
  sendJson(response, 404, { error: `no route ${path}; GraphQL is served at /graphql` });
}

async function health(response: ServerResponse, services: ApiServices): Promise<void> {
  try {
    const counts = await services.store.counts();
    sendJson(response, 200, { status: "ok", store: services.store.kind, counts });
  } catch {
    sendJson(response, 503, { status: "unavailable", store: services.store.kind });
  }
}

async function graphql(request: IncomingMessage, response: ServerResponse, options: HttpServerOptions): Promise<void> {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
  }
  let body: unknown;
  try {
    body = await readBody(request, headers.get("content-type"));
  } catch (error) {
    const tooLarge = error instanceof BodyTooLargeError;
    sendJson(response, tooLarge ? 413 : 400, { errors: [{ message: (error as Error).message, extensions: { code: "BAD_REQUEST" } }] });
    return;
  }
  const method = (request.method ?? "GET").toUpperCase();
  const search = new URL(request.url ?? "/", "http://localhost").search;
  const cache = options.services.responseCache;
  const revision = options.services.ingestor.revision;
  // The request as sent is the key: the same text asks the same question of the same graph.
  const cacheKey = cache && `${method} ${headers.get("accept") ?? ""} ${search} ${JSON.stringify(body) ?? ""}`;
  // "Cache-Control: no-cache" asks for a fresh answer, as HTTP caches understand it.
  const fresh = /\bno-cache\b/i.test(headers.get("cache-control") ?? "");
  const cached = cacheKey === undefined || fresh ? undefined : cache?.get(cacheKey, revision);
  if (cached !== undefined) {
    response.writeHead(cached.status, cached.headers);
    response.end(cached.body);
    return;
  }
  const authenticated = isAuthorized(headers.get("authorization"), options.services.apiKeys);
  let context: ApiContext | undefined;
  const result = await options.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method, headers, search, body },
    context: async () => (context = createContext(options.services, authenticated)),
  });
  for (const [key, value] of result.headers) response.setHeader(key, value);
  response.statusCode = result.status ?? 200;
  if (result.body.kind === "complete") {
    if (cacheKey !== undefined && context?.answer.cacheable) {
      cache?.set(cacheKey, revision, { status: response.statusCode, headers: [...result.headers], body: result.body.string });
    }
    response.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
}

class BodyTooLargeError extends Error {}

async function readBody(request: IncomingMessage, contentType: string | undefined): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLargeError(`request body is larger than ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (text.length === 0) return undefined;
  if (contentType?.toLowerCase().includes("application/json")) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new Error("request body is not valid JSON");
    }
  }
  return text;
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  if (response.headersSent) {
    response.end();
    return;
  }
  response.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  response.end(JSON.stringify(body));
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
}
