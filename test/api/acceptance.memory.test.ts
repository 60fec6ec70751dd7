import { MemoryStore } from "../../src/store/memory/MemoryStore.js";
import { acceptanceSuite } from "./acceptanceSuite.js";

acceptanceSuite("the embedded MemoryStore", async () => new MemoryStore());
