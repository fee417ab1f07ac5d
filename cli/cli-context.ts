import type { ArticleExtractor } from "../ingest/article-extractor";
import type { ExtractionPool } from "../ingest/pool/create-extraction-pool";
import type { Neo4jConfig } from "../store/neo4j-config";

/** What commands get from the entry point instead of reaching for process globals themselves. */
export interface CliContext {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  readStdin: () => Promise<string>;
  neo4j: Neo4jConfig;
  /** Port of the local Neo4j when NEO4J_URI is not set. */
  localNeo4jPort: number;
  /** Loads the models once per process; later calls return the same extractor. */
  loadExtractor: () => ArticleExtractor;
  /** Logical cores of the machine, for default worker counts. */
  cpuCount: number;
  /** Starts worker threads that each load the models and extract articles. */
  createExtractionPool: (workers: number) => ExtractionPool;
  /** Resolves when the process is asked to stop (SIGINT, SIGTERM). */
  waitForShutdown: () => Promise<void>;
}
