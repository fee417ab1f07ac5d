import { join } from "node:path";
import { connectNeo4j, type Neo4jConnection } from "../store/connect-neo4j";
import { ensureSchema } from "../store/ensure-schema";
import { createGraphStore, type GraphStore } from "../store/graph-store";
import { startLocalNeo4j } from "../store/local-neo4j";
import type { Neo4jConfig } from "../store/neo4j-config";
import { packageRoot } from "../store/package-root";

export interface OpenStoreOptions {
  config: Neo4jConfig;
  /**
   * For the local Neo4j (no NEO4J_URI): "attached" stops it with the returned close(), for `serve`;
   * "detached" leaves it running for the next command, for one-shot commands such as `ingest`.
   */
  localMode: "attached" | "detached";
  localPort: number;
  onLog: (line: string) => void;
}

export interface OpenedStore {
  store: GraphStore;
  connection: Neo4jConnection;
  uri: string;
  close(): Promise<void>;
}

/** Connects to NEO4J_URI, or to the project's own local Neo4j (starting it when needed), schema ready. */
export async function openStore({
  config,
  localMode,
  localPort,
  onLog,
}: OpenStoreOptions): Promise<OpenedStore> {
  let stopLocal: () => Promise<void> = async () => undefined;
  let uri: string;
  if (config.uri) {
    uri = config.uri;
  } else {
    const home = packageRoot();
    const local = await startLocalNeo4j({
      home,
      dataDir: join(home, ".neo4j"),
      boltPort: localPort,
      detached: localMode === "detached",
      onLog,
    });
    if (!local.reused) onLog(`newsgraph: local Neo4j started at ${local.uri}`);
    uri = local.uri;
    if (localMode === "attached") stopLocal = () => local.stop();
  }
  try {
    const connection = await connectNeo4j({ ...config, uri });
    await ensureSchema(connection);
    const store = createGraphStore(connection);
    return {
      store,
      connection,
      uri,
      close: async () => {
        await store.close();
        await stopLocal();
      },
    };
  } catch (err) {
    await stopLocal();
    throw err;
  }
}
