import { Neo4jError } from "neo4j-driver";
import { GovgraphError, ServiceUnavailableError } from "../../errors.js";

// Driver and server codes meaning "the database cannot do it now": retrying later may succeed.
const UNAVAILABLE_CODES = new Set(["ServiceUnavailable", "SessionExpired", "Neo.ClientError.Cluster.NotALeader"]);

/**
 * The one place Neo4j errors become project errors, by Neo4jError.code. Unavailability and transient failures
 * become SERVICE_UNAVAILABLE; anything else is a bug of ours and stays an internal error.
 */
export function mapNeo4jError(error: unknown): Error {
  if (error instanceof GovgraphError) return error;
  if (error instanceof Neo4jError) {
    if (UNAVAILABLE_CODES.has(error.code) || error.code.startsWith("Neo.TransientError.")) {
      return new ServiceUnavailableError("the Neo4j database is unavailable; try again shortly", { neo4jCode: error.code });
    }
    if (error.code === "Neo.ClientError.Security.Unauthorized" || error.code === "Neo.ClientError.Security.AuthenticationRateLimit") {
      return new ServiceUnavailableError("Neo4j refused the credentials; check NEO4J_USER and NEO4J_PASSWORD", { neo4jCode: error.code });
    }
    if (error.code === "Neo.ClientError.Database.DatabaseNotFound") {
      return new ServiceUnavailableError("the Neo4j database named by NEO4J_DATABASE does not exist", { neo4jCode: error.code });
    }
  }
  return error instanceof Error ? error : new Error(String(error));
}
