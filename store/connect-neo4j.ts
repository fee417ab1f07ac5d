import neo4j, { type Driver } from "neo4j-driver";
import { DatabaseUnavailableError } from "../core/newsgraph-error";

export interface Neo4jConnection {
  driver: Driver;
  /** undefined: the server's default database. */
  database: string | undefined;
}

export interface ConnectOptions {
  uri: string;
  user: string;
  password: string;
  database: string | undefined;
  /** How long executeRead/executeWrite keep retrying transient failures (driver default: 30 s). */
  maxRetryMs?: number;
}

/** Opens a driver and proves the server answers, so callers fail early with an actionable message. */
export async function connectNeo4j(options: ConnectOptions): Promise<Neo4jConnection> {
  const driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
    // Counts and indexes in this graph stay far below 2^53; plain numbers keep every layer simple.
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: 20_000,
    maxConnectionPoolSize: 20,
    ...(options.maxRetryMs === undefined ? {} : { maxTransactionRetryTime: options.maxRetryMs }),
  });
  try {
    await driver.verifyConnectivity({ database: options.database });
  } catch (err) {
    await driver.close();
    throw new DatabaseUnavailableError(
      `neo4j: cannot reach ${options.uri} (${(err as Error).message}); start it with \`npx newsgraph db start\` ` +
        "or point NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD at a running Neo4j",
      err,
    );
  }
  return { driver, database: options.database };
}
