import { describeNeo4j, emptyNeo4jStore } from "../support/neo4j.js";
import { graphStoreContract } from "./graphStoreContract.js";

describeNeo4j("Neo4jStore", () => {
  graphStoreContract("Neo4jStore", emptyNeo4jStore);
});
