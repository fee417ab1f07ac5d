import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { LocalNeo4jHandle } from "../../store/local-neo4j";

declare global {
  var __newsgraphTestNeo4j: LocalNeo4jHandle | undefined;
}

/**
 * One real Neo4j for the whole run, in a fresh temporary folder, so every run starts from an empty
 * database. NEWSGRAPH_TEST_NEO4J_URI uses another server instead (its database will be emptied).
 * NEWSGRAPH_TEST_NO_DB=1 skips it, for running only the tests that need no database.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.NEWSGRAPH_TEST_NO_DB === "1" || process.env.NEWSGRAPH_TEST_NEO4J_URI) return;
  // Imported here so that runs without a database do not load the launcher at all.
  const { findFreePort } = await import("../../store/find-free-port");
  const { startLocalNeo4j } = await import("../../store/local-neo4j");
  const { packageRoot } = await import("../../store/package-root");
  const dataDir = await mkdtemp(join(tmpdir(), "newsgraph-test-neo4j-"));
  const handle = await startLocalNeo4j({
    home: packageRoot(),
    dataDir,
    boltPort: await findFreePort(),
    heapMb: 1024,
    onLog: (line) => process.stderr.write(`${line}\n`),
  });
  globalThis.__newsgraphTestNeo4j = handle;
  process.env.NEWSGRAPH_TEST_NEO4J_URI = handle.uri;
}
