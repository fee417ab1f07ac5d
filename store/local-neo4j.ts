// The local Neo4j newsgraph runs itself when NEO4J_URI is not set (docs/local-neo4j.md).
export { ensureNeo4jJars, type Neo4jTools } from "./local-neo4j/ensure-neo4j-jars";
export { LocalNeo4jError, type LocalNeo4jFailure } from "./local-neo4j/local-neo4j-error";
export { localNeo4jStatus, type LocalNeo4jStatus } from "./local-neo4j/local-neo4j-status";
export {
  startLocalNeo4j,
  type LocalNeo4jHandle,
  type LocalNeo4jOptions,
} from "./local-neo4j/start-local-neo4j";
export { stopLocalNeo4j } from "./local-neo4j/stop-local-neo4j";
