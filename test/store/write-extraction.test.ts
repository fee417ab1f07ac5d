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
});
afterAll(() => store.close());

async function counts(): Promise<{ nodes: number; rels: number }> {
  const r = await store.cypher(
    "MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS nodes, count(r) AS rels",
    {},
  );
  return { nodes: Number(r.rows[0]?.nodes), rels: Number(r.rows[0]?.rels) };
}

describe("writeExtractions on a real Neo4j", () => {
  it("stores articles, entities with type labels, mentions and facts with provenance", async () => {
    const [result] = await store.write([fixtureExtraction("fx-1")]);
    expect(result).toMatchObject({ articleId: "fx-1", status: "created", entities: 3, relations: 2 });
    const r = await store.cypher(
      "MATCH (s:Person {id: 'person:alice-example'})-[f:CALLED]->(o:Entity) RETURN o.name AS o, f.sentence AS sentence, f.article AS article, f.confidence AS c, labels(s) AS labels",
      {},
    );
    expect(r.rows).toEqual([
      {
        o: "Bob Example",
        sentence: "Alice Example called Bob Example about the merger.",
        article: "fx-1",
        c: 0.9,
        labels: expect.arrayContaining(["Entity", "Person"]),
      },
    ]);
  });

  it("changes nothing when the same article is ingested again", async () => {
    const before = await counts();
    const [result] = await store.write([fixtureExtraction("fx-1")]);
    expect(result?.status).toBe("unchanged");
    expect(await counts()).toEqual(before);
  });

  it("replaces an article's facts when its text changes, and sums mentions across articles", async () => {
    await store.write([fixtureExtraction("fx-2")]);
    const changed = fixtureExtraction("fx-1", "Alice Example called Bob Example again.");
    changed.triples = changed.triples.slice(0, 1);
    const [result] = await store.write([changed]);
    expect(result?.status).toBe("updated");
    const facts = await store.cypher("MATCH ()-[f {article: 'fx-1'}]->() RETURN f.sentence AS s", {});
    expect(facts.rows).toEqual([{ s: "Alice Example called Bob Example again." }]);
    const alice = await store.entity("person:alice-example", 50);
    expect(alice?.entity.mentions).toBe(4);
    expect(alice?.entity.aliases).toEqual(["Alice"]);
  });

  it("finds entities by full-text search, forgiving a misspelling", async () => {
    const hits = await store.search("Alise", 10);
    expect(hits[0]?.id).toBe("person:alice-example");
    expect(await store.search("((", 10)).toEqual([]);
  });

  it("serves the graph folded to one edge per (source, predicate, target)", async () => {
    const g = await store.graph(100);
    expect(g.nodes.map((n) => n.id).sort()).toEqual([
      "concept:merger",
      "person:alice-example",
      "person:bob-example",
    ]);
    const called = g.edges.find((e) => e.predicate === "CALLED");
    expect(called).toMatchObject({ source: "person:alice-example", target: "person:bob-example", count: 2 });
  });
});
