import type { Ingestor } from "../pipeline/Ingestor.js";
import type { Reviewer } from "../review/Reviewer.js";
import type { ResponseCache } from "./ResponseCache.js";
import type { GraphStore } from "../store/GraphStore.js";
import { createLoaders, type Loaders } from "./loaders.js";

/** Store round trips of one request, for GOVGRAPH_TRACE. */
export interface RequestTrace {
  storeCalls: number;
  startedAt: number;
}

/** What every resolver receives: the store, this request's loaders, and who is calling. */
export interface ApiContext {
  store: GraphStore;
  loaders: Loaders;
  ingestor: Ingestor;
  /** Takes review decisions; null when the server has no seeds directory to keep them in. */
  reviewer: Reviewer | null;
  /** Whether the request carried a valid API key, and whether any key is configured at all. */
  auth: { authenticated: boolean; keysConfigured: boolean };
  /** Present when tracing is on. */
  trace?: RequestTrace;
  /**
   * Set once answered: whether the answer may be cached (a query without errors). An object, because Apollo Server
   * hands plugins a shallow copy of the context.
   */
  answer: { cacheable: boolean };
}

/** The long-lived parts of the context, shared by all requests. */
export interface ApiServices {
  store: GraphStore;
  ingestor: Ingestor;
  reviewer: Reviewer | null;
  apiKeys: readonly string[];
  /** Count store calls per request and report them in extensions.trace. */
  trace?: boolean;
  /** Answers of queries kept until the store changes; absent when not safe (Neo4j, tracing) or turned off. */
  responseCache?: ResponseCache;
}

/** A view of the store that counts every method call into `trace`. */
function countingStore(store: GraphStore, trace: RequestTrace): GraphStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== "function" || property === "constructor") return value;
      return (...args: unknown[]) => {
        trace.storeCalls += 1;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

/** The context of one request. */
export function createContext(services: ApiServices, authenticated: boolean): ApiContext {
  const trace = services.trace ? { storeCalls: 0, startedAt: performance.now() } : undefined;
  const store = trace ? countingStore(services.store, trace) : services.store;
  return {
    store,
    loaders: createLoaders(store),
    ingestor: services.ingestor,
    reviewer: services.reviewer,
    auth: { authenticated, keysConfigured: services.apiKeys.length > 0 },
    answer: { cacheable: false },
    ...(trace ? { trace } : {}),
  };
}
