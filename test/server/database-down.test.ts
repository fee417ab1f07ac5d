import { once } from "node:events";
import type { AddressInfo } from "node:net";
import neo4j from "neo4j-driver";
import { createApp } from "../../server/create-app";
import { createGraphStore } from "../../store/graph-store";
import { findFreePort } from "../../store/find-free-port";

describe("API when Neo4j is not reachable", () => {
  it("answers 503 with a message that says what to do, not a stack trace", async () => {
    const port = await findFreePort();
    const driver = neo4j.driver(`bolt://127.0.0.1:${port}`, neo4j.auth.basic("neo4j", "neo4j"), {
      connectionTimeout: 2000,
      maxTransactionRetryTime: 0,
    });
    const store = createGraphStore({ driver, database: undefined });
    const app = createApp({
      store,
      extractor: {
        extract: () => {
          throw new Error("not used");
        },
        mentions: () => [],
      },
      clientDir: "/nonexistent",
      logError: () => undefined,
    });
    const server = app.listen(0, "127.0.0.1");
    await once(server, "listening");
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      for (const path of ["/api/health", "/api/graph", "/api/search?q=x"]) {
        const res = await fetch(`${url}${path}`);
        const body = (await res.json()) as { error: { code: string; message: string } };
        expect(res.status).toBe(503);
        expect(body.error.code).toBe("database_unavailable");
        expect(body.error.message).toMatch(/db status|Neo4j/);
        expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);
      }
    } finally {
      server.close();
      await driver.close();
    }
  });
});
