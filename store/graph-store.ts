import type { ManagedTransaction } from "neo4j-driver";
import type { Extraction } from "../ingest/extraction";
import { databaseVersion, type DatabaseVersion } from "../queries/database-version";
import { readEntity, type ReadEntityResult } from "../queries/read-entity";
import { readGraph, type ReadGraphResult } from "../queries/read-graph";
import { searchEntities, type SearchHit } from "../queries/search-entities";
import type { Neo4jConnection } from "./connect-neo4j";
import { mapNeo4jError } from "./map-neo4j-error";
import { runReadOnlyCypher, type CypherLimits, type CypherResult } from "./run-read-only-cypher";
import { toLuceneQuery } from "./to-lucene-query";
import { writeExtractions, type WriteResult } from "./write-extraction";

/** Everything the API and the CLI need from the database; the server depends on this, not on Neo4j. */
export interface GraphStore {
  version(): Promise<DatabaseVersion>;
  write(extractions: readonly Extraction[]): Promise<WriteResult[]>;
  graph(limit: number): Promise<ReadGraphResult>;
  entity(id: string, relationLimit: number): Promise<ReadEntityResult | null>;
  search(text: string, limit: number): Promise<SearchHit[]>;
  cypher(query: string, params: Record<string, unknown>, limits?: CypherLimits): Promise<CypherResult>;
  close(): Promise<void>;
}

export function createGraphStore(connection: Neo4jConnection): GraphStore {
  const { driver, database } = connection;
  const read = async <T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> => {
    const session = driver.session({ database, defaultAccessMode: "READ" });
    try {
      return await session.executeRead(work);
    } catch (err) {
      throw mapNeo4jError(err);
    } finally {
      await session.close();
    }
  };
  return {
    version: async () => {
      try {
        return await databaseVersion(driver, database);
      } catch (err) {
        throw mapNeo4jError(err);
      }
    },
    write: (extractions) => writeExtractions(connection, extractions),
    graph: (limit) => read((tx) => readGraph(tx, limit)),
    entity: (id, relationLimit) => read((tx) => readEntity(tx, id, relationLimit)),
    search: async (text, limit) => {
      const lucene = toLuceneQuery(text);
      return lucene ? read((tx) => searchEntities(tx, lucene, limit)) : [];
    },
    cypher: (query, params, limits) => runReadOnlyCypher(connection, query, params, limits),
    close: () => driver.close(),
  };
}
