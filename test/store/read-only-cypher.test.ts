import { QueryError } from "../../core/newsgraph-error";
import { deleteAll } from "../../queries/delete-all";
import type { Neo4jConnection } from "../../store/connect-neo4j";
import { createGraphStore, type GraphStore } from "../../store/graph-store";
import { fixtureExtraction } from "../support/fixture-extraction";
import { testConnection } from "../support/test-connection";

let connection: Neo4jConnection;
let store: GraphStore;

beforeAll(async () => {
  connection = await testConnection();
  await deleteAll(connection.driver);
  store = createGraphStore(connection);
  await store.write([fixtureExtraction("ro-1")]);
});
afterAll(() => store.close());

const nodeCount = async (): Promise<number> =>
  Number((await store.cypher("MATCH (n) RETURN count(n) AS n", {})).rows[0]?.n);

describe("read-only Cypher", () => {
  it.each([
    "CREATE (:Entity {id: 'x'})",
    "MATCH (n) DETACH DELETE n",
    "MATCH (n:Entity) SET n.name = 'hacked'",
    "MERGE (n:Entity {id: 'y'}) RETURN n",
    "MATCH (n) WITH n LIMIT 1 CALL (n) { SET n.x = 1 } RETURN 1",
    "CREATE INDEX foo IF NOT EXISTS FOR (n:Foo) ON (n.bar)",
  ])("refuses a query that would write and changes nothing: %s", async (query) => {
    const before = await nodeCount();
    const err = await store.cypher(query, {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QueryError);
    expect((err as QueryError).code).toBe("write_query");
    expect(await nodeCount()).toBe(before);
    const names = await store.cypher("MATCH (n:Entity) WHERE n.name = 'hacked' RETURN n", {});
    expect(names.rows).toEqual([]);
  });

  it("reports a syntax error as such", async () => {
    await expect(store.cypher("MATCH (n RETURN n", {})).rejects.toMatchObject({ code: "cypher_syntax" });
  });

  it("caps the rows and says it did", async () => {
    const r = await store.cypher("UNWIND range(1, 50) AS i RETURN i", {}, { maxRows: 10, timeoutMs: 5000 });
    expect(r.rows).toHaveLength(10);
    expect(r.truncated).toBe(true);
    expect(r.columns).toEqual(["i"]);
  });

  it("returns nodes and relationships as tagged JSON, with parameters", async () => {
    const r = await store.cypher("MATCH (a:Entity {id: $id})-[f]->(b) RETURN a, f, b ORDER BY type(f)", {
      id: "person:alice-example",
    });
    expect(r.rows[0]?.a).toMatchObject({ kind: "node", labels: expect.arrayContaining(["Person"]) });
    expect(r.rows[0]?.f).toMatchObject({ kind: "relationship", type: "CALLED" });
  });

  it("stops a query that runs past its time limit", async () => {
    const slow = "UNWIND range(1, 100000000) AS i WITH i WHERE i % 7 = 123456789 RETURN count(i)";
    await expect(store.cypher(slow, {}, { maxRows: 10, timeoutMs: 300 })).rejects.toMatchObject({
      code: "query_timeout",
    });
  });
});
