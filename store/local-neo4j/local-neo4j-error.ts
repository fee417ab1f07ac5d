import { DatabaseUnavailableError } from "../../core/newsgraph-error";

/** Why the local Neo4j could not be prepared or started; each has its own advice in the message. */
export type LocalNeo4jFailure =
  | "java_missing"
  | "java_too_old"
  | "maven_missing"
  | "maven_failed"
  | "port_in_use"
  | "store_locked"
  | "start_failed"
  | "start_timeout";

/** The local Neo4j (neo4j-local/) cannot run; the message says what to install or set. */
export class LocalNeo4jError extends DatabaseUnavailableError {
  readonly reason: LocalNeo4jFailure;

  constructor(reason: LocalNeo4jFailure, message: string, cause?: unknown) {
    super(message, cause);
    this.name = "LocalNeo4jError";
    this.reason = reason;
  }
}

/** The one install line every "missing tool" message ends with. */
export const installHint =
  "install Java 17 and Maven (`apt-get install openjdk-17-jre-headless maven`), " +
  "or set NEO4J_URI (with NEO4J_USER/NEO4J_PASSWORD) to use a Neo4j you run yourself";
