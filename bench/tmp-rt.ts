import { startServer } from "../src/app/startServer.js";
import { Neo4jStore } from "../src/store/neo4j/Neo4jStore.js";
import { readFileSync } from "node:fs";
const store = await Neo4jStore.connect({ uri: "bolt://127.0.0.1:7687" });
let t0 = 0;
const events: string[] = [];
const proxy = new Proxy(store, { get(o, p, r) { const v = Reflect.get(o, p, r); if (typeof v !== "function") return v; return async (...a: unknown[]) => { const s = performance.now(); const res = await (v as (...x: unknown[]) => unknown).apply(o, a); events.push(`${String(p)} ${(s - t0).toFixed(1)}→${(performance.now() - t0).toFixed(1)}`); return res; }; } });
const app = await startServer({ store: proxy, seedsDir: null, host: "127.0.0.1", port: 0, apiKeys: [] });
const name = process.argv[2] ?? "01-briefings";
const vars = JSON.parse(process.argv[3] ?? "{}");
const q = readFileSync(`schema/operations/${name}.graphql`, "utf8");
for (let i = 0; i < 6; i++) {
  events.length = 0;
  t0 = performance.now();
  const r = await fetch(`${app.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: q, variables: vars }) });
  await r.json();
  console.log((performance.now() - t0).toFixed(1), events.join(" | "));
}
await app.close();
