import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DatabaseUnavailableError } from "../../core/newsgraph-error";
import { connectNeo4j } from "../../store/connect-neo4j";
import { ensureSchema } from "../../store/ensure-schema";
import { findFreePort } from "../../store/find-free-port";
import { createGraphStore } from "../../store/graph-store";
import { startLocalNeo4j } from "../../store/local-neo4j";
import { packageRoot } from "../../store/package-root";
import { fixtureExtraction } from "../support/fixture-extraction";

/**
 * Kills a Neo4j of its own (SIGKILL, no clean shutdown) while a large batch is being written, then
 * starts it again on the same store: the batch stored before is whole, and the interrupted one is
 * either entirely there or entirely absent, never half-written.
 */
describe("Neo4j going down mid-ingest", () => {
  it("loses nothing stored before and leaves no half-written batch", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "newsgraph-crash-"));
    const boltPort = await findFreePort();
    const options = { home: packageRoot(), dataDir, boltPort, heapMb: 512 };
    const first = await startLocalNeo4j(options);
    let connection = await connectNeo4j({
      uri: first.uri,
      user: "neo4j",
      password: "neo4j",
      database: undefined,
    });
    await ensureSchema(connection);
    let store = createGraphStore(connection);
    const batchA = Array.from({ length: 20 }, (_, i) =>
      fixtureExtraction(`crash-a-${i}`, `Alice Example called Bob Example ${i}.`),
    );
    await store.write(batchA);

    const batchB = Array.from({ length: 1500 }, (_, i) =>
      fixtureExtraction(`crash-b-${i}`, `Alice Example met Bob Example ${i}.`),
    );
    const writing = store.write(batchB).then(
      () => "stored" as const,
      (err: unknown) => err,
    );
    await new Promise((r) => setTimeout(r, 400));
    process.kill(first.pid, "SIGKILL");
    const outcome = await writing;
    console.log(`crash test: write outcome ${outcome === "stored" ? "stored" : (outcome as Error).name}`);
    if (outcome !== "stored") expect(outcome).toBeInstanceOf(DatabaseUnavailableError);
    await store.close().catch(() => undefined);

    const second = await startLocalNeo4j(options);
    try {
      connection = await connectNeo4j({
        uri: second.uri,
        user: "neo4j",
        password: "neo4j",
        database: undefined,
      });
      store = createGraphStore(connection);
      const count = async (prefix: string): Promise<number> =>
        Number(
          (
            await store.cypher("MATCH (a:Article) WHERE a.id STARTS WITH $p RETURN count(a) AS n", {
              p: prefix,
            })
          ).rows[0]?.n,
        );
      expect(await count("crash-a-")).toBe(20);
      const b = await count("crash-b-");
      expect([0, 1500]).toContain(b);
      if (outcome !== "stored") expect(b).toBe(0);
    } finally {
      await store.close();
      await second.stop();
    }
  }, 240_000);
});
