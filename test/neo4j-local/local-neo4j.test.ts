import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { findFreePort } from "../../store/find-free-port";
import {
  LocalNeo4jError,
  localNeo4jStatus,
  startLocalNeo4j,
  stopLocalNeo4j,
  type LocalNeo4jOptions,
} from "../../store/local-neo4j";
import { statusFilePath } from "../../store/local-neo4j/read-status-file";
import { packageRoot } from "../../store/package-root";

// Runs real JVMs; NEWSGRAPH_TEST_NO_DB=1 is the switch for runs that must not start a database.
const describeWithNeo4j = process.env.NEWSGRAPH_TEST_NO_DB === "1" ? describe.skip : describe;
// Cold starts take 10-40 s on a busy 2-core machine; these bounds only stop a hung run.
const startTimeout = 180_000;

describeWithNeo4j("local Neo4j lifecycle", () => {
  let dataDir: string;
  let options: LocalNeo4jOptions;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "newsgraph-local-neo4j-"));
    // Small memory: the run's shared test Neo4j may be up at the same time.
    options = { home: packageRoot(), dataDir, boltPort: await findFreePort(), heapMb: 512, pageCacheMb: 64 };
  });

  afterAll(async () => {
    await stopLocalNeo4j(dataDir);
    await rm(dataDir, { recursive: true, force: true });
  });

  test(
    "a first start creates the store, serves Bolt and answers Cypher",
    async () => {
      const handle = await startLocalNeo4j(options);
      try {
        expect(handle.reused).toBe(false);
        expect(handle.uri).toBe(`bolt://127.0.0.1:${options.boltPort}`);
        await withDriver(handle.uri, async (driver) => {
          const one = await driver.executeQuery("RETURN 1 AS one");
          expect(one.records[0]?.get("one")).toBe(1);
          await driver.executeQuery("CREATE (:LocalNeo4jProbe {name: $name})", {
            name: "kept across restarts",
          });
        });
        expect(await localNeo4jStatus(dataDir)).toEqual({ running: true, pid: handle.pid, uri: handle.uri });

        const second = await startLocalNeo4j(options);
        expect(second).toMatchObject({ reused: true, pid: handle.pid, uri: handle.uri });
        // A reused server belongs to whoever started it: an unforced stop leaves it up.
        await second.stop();
        expect((await localNeo4jStatus(dataDir)).running).toBe(true);
      } finally {
        await handle.stop();
      }
      expect(await localNeo4jStatus(dataDir)).toEqual({ running: false });
      expect(existsSync(statusFilePath(dataDir))).toBe(false);
    },
    startTimeout,
  );

  test(
    "a detached restart on the same folder finds the data, and stopLocalNeo4j stops it",
    async () => {
      const handle = await startLocalNeo4j({ ...options, detached: true });
      expect(handle.reused).toBe(false);
      await withDriver(handle.uri, async (driver) => {
        const probes = await driver.executeQuery("MATCH (p:LocalNeo4jProbe) RETURN p.name AS name");
        expect(probes.records.map((r) => r.get("name"))).toEqual(["kept across restarts"]);
      });
      expect((await localNeo4jStatus(dataDir)).pid).toBe(handle.pid);
      expect(existsSync(join(dataDir, "neo4j.log"))).toBe(true);

      expect(await stopLocalNeo4j(dataDir)).toBe(true);
      expect(await localNeo4jStatus(dataDir)).toEqual({ running: false });
      expect(await stopLocalNeo4j(dataDir)).toBe(false);
    },
    startTimeout,
  );

  test(
    "a taken port fails with port_in_use and leaves nothing running",
    async () => {
      const otherDir = await mkdtemp(join(tmpdir(), "newsgraph-local-neo4j-port-"));
      const blocker = await listen(await findFreePort());
      const port = (blocker.address() as { port: number }).port;
      try {
        const attempt = startLocalNeo4j({ ...options, dataDir: otherDir, boltPort: port });
        await expect(attempt).rejects.toBeInstanceOf(LocalNeo4jError);
        await expect(attempt).rejects.toMatchObject({ reason: "port_in_use" });
        await expect(attempt).rejects.toThrow(`port ${port}`);
        expect(await localNeo4jStatus(otherDir)).toEqual({ running: false });
      } finally {
        await new Promise((resolve) => blocker.close(resolve));
        await rm(otherDir, { recursive: true, force: true });
      }
    },
    startTimeout,
  );
});

async function withDriver(uri: string, work: (driver: Driver) => Promise<void>): Promise<void> {
  // Auth is off on the local server; the basic token is still accepted.
  const driver = neo4j.driver(uri, neo4j.auth.basic("neo4j", "neo4j"), { disableLosslessIntegers: true });
  try {
    await work(driver);
  } finally {
    await driver.close();
  }
}

function listen(port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve(server));
  });
}
