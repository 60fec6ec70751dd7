import { MemoryStore } from "../../src/store/memory/MemoryStore.js";
import { graphStoreContract } from "./graphStoreContract.js";

graphStoreContract("MemoryStore", async () => new MemoryStore());
