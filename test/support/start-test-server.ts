import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { readArticles } from "../../ingest/read-articles";
import { deleteAll } from "../../queries/delete-all";
import { createApp } from "../../server/create-app";
import { createGraphStore } from "../../store/graph-store";
import { packageRoot } from "../../store/package-root";
import { testConnection } from "./test-connection";
import { testExtractor } from "./test-extractor";

export interface TestServer {
  url: string;
  close(): Promise<void>;
}

/**
 * The real app on a free port against the test Neo4j, emptied and loaded with samples/, exactly what
 * `npm start` serves. Needs the client built (`npm run build:client`) for page tests.
 */
export async function startTestServer(): Promise<TestServer> {
  const connection = await testConnection();
  await deleteAll(connection.driver);
  const store = createGraphStore(connection);
  const extractor = testExtractor();
  const root = packageRoot();
  const extractions = [];
  for await (const input of readArticles([join(root, "samples")], { readStdin: async () => "" })) {
    extractions.push(extractor.extract(input));
  }
  await store.write(extractions);
  const app = createApp({
    store,
    extractor,
    clientDir: join(root, "client", "dist"),
    logError: () => undefined,
  });
  const server = app.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
    },
  };
}
