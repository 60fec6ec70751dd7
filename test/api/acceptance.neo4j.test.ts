import { describeNeo4j, emptyNeo4jStore } from "../support/neo4j.js";
import { acceptanceSuite } from "./acceptanceSuite.js";

describeNeo4j("API on Neo4j", () => {
  acceptanceSuite("Neo4jStore", emptyNeo4jStore);
});
