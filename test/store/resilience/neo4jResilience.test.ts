import { Neo4jError, type ManagedTransaction } from "neo4j-driver";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import type { BriefingGraph } from "../../../src/domain/BriefingGraph.js";
import type { Item } from "../../../src/domain/Item.js";
import { ErrorCode, GovgraphError } from "../../../src/errors.js";
import type { GraphCounts, GraphStore } from "../../../src/store/GraphStore.js";
import { Neo4jStore } from "../../../src/store/neo4j/Neo4jStore.js";
import { graphOf, SECOND_BRIEFING, seedText, testExtractor } from "../../support/briefings.js";
import { describeNeo4j } from "../../support/neo4j.js";
import { disposeNeo4jProcesses, Neo4jProcess } from "../../support/neo4jProcess.js";
import { operation, startTestServer } from "../../support/server.js";
import { largeBriefingText } from "./largeBriefing.js";

const ALL = { offset: 0, limit: 100_000 };
/** Items in the large briefing: a write of a dozen statements over thousands of nodes and relationships. */
const LARGE_ITEMS = 300;
/** How long a call may take to report that the database is down (the driver retries for 5 s first). */
const UNAVAILABLE_WITHIN_MS = 15_000;
/** Each test takes the JVM down and starts it again (about 10 s on a quiet machine; minutes on a very busy one). */
const TEST_TIMEOUT_MS = 240_000;
/** How long a restarted database may take before the store answers again. */
const RECOVERY_WITHIN_MS = 90_000;

/** Everything a reader can see of the graph through the store, in a stable order, to compare two states of it. */
interface GraphSnapshot {
  counts: GraphCounts;
  briefings: string[];
  items: Item[];
  links: Array<{ itemId: string; organizations: string[]; themes: string[]; sources: string[] }>;
  organizations: string[];
  publishers: string[];
}

async function snapshot(store: GraphStore): Promise<GraphSnapshot> {
  const page = await store.items({}, ALL);
  const items = page.rows.sort((a, b) => a.id.localeCompare(b.id));
  const ids = items.map((i) => i.id);
  const [organizations, themes, sources, counts, briefings, organizationStats, publishers] = await Promise.all([
    store.organizationsOfItems(ids),
    store.themesOfItems(ids),
    store.sourcesOfItems(ids),
    store.counts(),
    store.briefings(ALL),
    store.organizations({}, "NAME_ASC", ALL),
    store.publishers(ALL),
  ]);
  return {
    counts,
    briefings: briefings.rows.map((b) => b.briefing.id),
    items,
    links: ids.map((itemId, n) => ({
      itemId,
      organizations: (organizations[n] ?? []).map((l) => l.organization.id).sort(),
      themes: (themes[n] ?? []).map((l) => l.theme.id).sort(),
      sources: (sources[n] ?? []).map((l) => l.source.id),
    })),
    organizations: organizationStats.rows.map((o) => o.organization.id).sort(),
    publishers: publishers.rows.map((p) => p.publisher.id).sort(),
  };
}

/** What a failed call was rejected with, and how long it took to fail. */
async function failureOf(call: () => Promise<unknown>): Promise<{ error: unknown; ms: number }> {
  const started = Date.now();
  try {
    await call();
  } catch (error) {
    return { error, ms: Date.now() - started };
  }
  throw new Error("the call succeeded although the database is down");
}

/** A project error saying the database is unavailable, not a raw driver error. */
function expectServiceUnavailable(error: unknown): void {
  expect(error).toBeInstanceOf(GovgraphError);
  expect(error).not.toBeInstanceOf(Neo4jError);
  expect((error as GovgraphError).code).toBe(ErrorCode.SERVICE_UNAVAILABLE);
  expect((error as GovgraphError).message).toMatch(/unavailable/i);
}

/** Retries `attempt` until it succeeds or `withinMs` has passed; answers its first success. */
async function eventually<T>(attempt: () => Promise<T>, withinMs = RECOVERY_WITHIN_MS): Promise<T> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/** A statement that creates item nodes. */
const WRITES_ITEMS = /\b(MERGE|CREATE)\s*\(\s*\w*\s*:\s*Item\b/;

/**
 * Makes the next ingest through `store` kill `db` (SIGKILL) as it sends the statement that writes the items: by then
 * the open transaction has already merged the briefing, its organizations, themes, publishers and sources.
 * Answers a function that restores the store and waits until the database is dead.
 */
function killWhenItemsAreWritten(store: Neo4jStore, db: Neo4jProcess): () => Promise<void> {
  const executor = store.executor;
  const write = executor.write.bind(executor);
  let kill: Promise<void> | undefined;
  const spy = vi.spyOn(executor, "write").mockImplementation(<T>(work: (tx: ManagedTransaction) => Promise<T>) =>
    write((tx) => {
      const watched = new Proxy(tx, {
        get(target, key, receiver) {
          if (key !== "run") return Reflect.get(target, key, receiver) as unknown;
          return (...args: Parameters<ManagedTransaction["run"]>) => {
            const result = target.run(...args);
            if (kill === undefined && WRITES_ITEMS.test(String(args[0]))) kill = db.kill();
            return result;
          };
        },
      });
      return work(watched);
    }),
  );
  return async () => {
    spy.mockRestore();
    if (kill === undefined) throw new Error("the ingest never sent the statement that writes items");
    await kill;
  };
}

describeNeo4j("Neo4jStore when the database fails (a private Neo4j, killed and restarted on its data)", () => {
  /** One private database for the whole file: every restart costs a JVM start, so the tests share it. */
  let neo4j: Neo4jProcess;
  const opened: Neo4jStore[] = [];
  const seed = graphOf(seedText(), "seed.txt");
  const large = graphOf(largeBriefingText("2026-05-01", LARGE_ITEMS), "large.txt");

  beforeAll(async () => {
    neo4j = await Neo4jProcess.start({ persistent: true });
  }, TEST_TIMEOUT_MS);

  afterAll(async () => {
    await Promise.all(opened.splice(0).map((s) => s.close().catch(() => undefined)));
    await disposeNeo4jProcesses();
  }, 120_000);

  /** A store on the private database holding nothing but the taxonomy themes and `graphs`; restarts it if down. */
  async function storeWith(...graphs: BriefingGraph[]): Promise<Neo4jStore> {
    if (!neo4j.running) await neo4j.restart();
    const store = await Neo4jStore.connect({ uri: neo4j.uri });
    opened.push(store);
    await store.executor.write((tx) => tx.run("MATCH (n) DETACH DELETE n"));
    await store.init(testExtractor().taxonomyNodes());
    for (const graph of graphs) await store.ingest(graph);
    return store;
  }

  it("a connection killed in the middle of an ingest leaves all of the briefing or none of it", { timeout: TEST_TIMEOUT_MS }, async () => {
    // The reference: the seed and the large briefing written without interruption, on the database freshly started.
    const uninterrupted = await snapshot(await storeWith(seed, large));

    const store = await storeWith(seed);
    const before = await snapshot(store);
    const killed = killWhenItemsAreWritten(store, neo4j);
    const failure = await failureOf(() => store.ingest(large));
    await killed();
    expectServiceUnavailable(failure.error);

    await neo4j.restart();
    const restarted = await Neo4jStore.connect({ uri: neo4j.uri });
    opened.push(restarted);
    // The commit was never sent: recovery rolls the whole briefing back, its items and links as well as the
    // organizations, sources and publishers the transaction had already merged.
    expect(await snapshot(restarted)).toEqual(before);
    expect(await restarted.briefingByDate(large.briefing.date)).toBeNull();
    expect((await restarted.items({ briefingId: large.briefing.id }, ALL)).totalCount).toBe(0);

    const outcome = await restarted.ingest(large);
    expect(outcome).toEqual({ briefingCreated: true, itemsCreated: LARGE_ITEMS, itemsUpdated: 0, itemsUnchanged: 0, itemsRemoved: 0 });
    const recovered = await snapshot(restarted);
    expect(recovered.counts.items).toBe(seed.items.length + LARGE_ITEMS);
    expect(recovered).toEqual(uninterrupted);
  });

  it("a database that is down gives SERVICE_UNAVAILABLE and the store recovers when it returns", { timeout: TEST_TIMEOUT_MS }, async () => {
    const store = await storeWith(seed);
    const second = graphOf(SECOND_BRIEFING, "second.txt");
    expect((await store.briefings(ALL)).totalCount).toBe(1);

    // A clean shutdown this time (the other tests kill): the driver sees its connections closed, not cut.
    await neo4j.stop();
    const [listing, writing] = await Promise.all([
      failureOf(() => store.briefings(ALL)),
      failureOf(() => store.ingest(second)),
    ]);
    for (const failure of [listing, writing]) {
      expectServiceUnavailable(failure.error);
      expect(failure.ms).toBeLessThan(UNAVAILABLE_WITHIN_MS);
    }

    await neo4j.restart();
    // The same store instance, never recreated, reconnects by itself; the failed ingest left nothing behind.
    const page = await eventually(() => store.briefings(ALL));
    expect(page.rows.map((b) => b.briefing.date)).toEqual([seed.briefing.date]);
    const outcome = await store.ingest(second);
    expect(outcome).toMatchObject({ briefingCreated: true, itemsCreated: second.items.length });
    expect((await store.briefings(ALL)).rows.map((b) => b.briefing.date)).toEqual([second.briefing.date, seed.briefing.date]);
  });

  it("the API answers SERVICE_UNAVAILABLE and /health 503 while the database is down, then recovers", { timeout: TEST_TIMEOUT_MS }, async () => {
    const server = await startTestServer(await storeWith(), { "briefing-2026-03-25.txt": seedText() });
    const query = operation("01-briefings");
    const health = async () => {
      const response = await fetch(`${server.app.url}/health`);
      return { status: response.status, body: (await response.json()) as { status: string } };
    };
    try {
      const up = await server.gql(query);
      expect(up.errors).toBeUndefined();

      await neo4j.kill();
      const started = Date.now();
      const [down, healthDown] = await Promise.all([server.gql(query), health()]);
      expect(Date.now() - started).toBeLessThan(UNAVAILABLE_WITHIN_MS);
      expect(down.status).toBe(200);
      expect(down.errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
      expect(down.errors?.[0]?.message).toBe("the Neo4j database is unavailable; try again shortly");
      expect(healthDown).toEqual({ status: 503, body: { status: "unavailable", store: "neo4j" } });
      // The server itself stays up: it still answers what needs no database.
      expect((await fetch(`${server.app.url}/`)).status).toBe(200);

      await neo4j.restart();
      const again = await eventually(async () => {
        const response = await server.gql(query);
        if (response.errors) throw new Error(JSON.stringify(response.errors));
        return response;
      });
      expect(again.status).toBe(200);
      expect(again.data).toEqual(up.data);
      const healthUp = await health();
      expect(healthUp.status).toBe(200);
      expect(healthUp.body.status).toBe("ok");
    } finally {
      await server.close();
    }
  });
});
