import type { Extractor } from "../extract/Extractor.js";
import type { Ingestor } from "../pipeline/Ingestor.js";
import type { GraphStore } from "../store/GraphStore.js";
import { createLoaders, type Loaders } from "./loaders.js";

/** What every resolver receives: the store, this request's loaders, and who is calling. */
export interface ApiContext {
  store: GraphStore;
  loaders: Loaders;
  ingestor: Ingestor;
  extractor: Extractor;
  /** Whether the request carried a valid API key, and whether any key is configured at all. */
  auth: { authenticated: boolean; keysConfigured: boolean };
}

/** The long-lived parts of the context, shared by all requests. */
export interface ApiServices {
  store: GraphStore;
  ingestor: Ingestor;
  extractor: Extractor;
  apiKeys: readonly string[];
}

/** The context of one request. */
export function createContext(services: ApiServices, authenticated: boolean): ApiContext {
  return {
    store: services.store,
    loaders: createLoaders(services.store),
    ingestor: services.ingestor,
    extractor: services.extractor,
    auth: { authenticated, keysConfigured: services.apiKeys.length > 0 },
  };
}
