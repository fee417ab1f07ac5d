import { startTestServer, type TestServer } from "../support/start-test-server";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
}, 120_000);
afterAll(() => server.close());

async function api(
  path: string,
  init?: RequestInit,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${server.url}${path}`, init);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const postJson = (body: unknown): RequestInit => ({
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
});

describe("API on the sample article", () => {
  it("reports health with Neo4j's version", async () => {
    const { status, body } = await api("/api/health");
    expect(status).toBe(200);
    expect(body).toMatchObject({
      status: "ok",
      neo4j: { connected: true, version: expect.stringMatching(/^5\./) },
    });
  });

  it("serves the graph in graphology's format with Zelenskiy -CALLED-> Trump", async () => {
    const { body } = await api("/api/graph?limit=500");
    const nodes = body.nodes as Array<{ key: string; attributes: { label: string; type: string } }>;
    const edges = body.edges as Array<{ source: string; target: string; attributes: { predicate: string } }>;
    const zelenskiy = nodes.find((n) => n.attributes.label === "Volodymyr Zelenskiy");
    const trump = nodes.find((n) => n.attributes.label === "Donald Trump");
    expect(zelenskiy?.attributes.type).toBe("PERSON");
    expect(edges).toContainEqual(
      expect.objectContaining({
        source: zelenskiy?.key,
        target: trump?.key,
        attributes: expect.objectContaining({ predicate: "CALLED" }),
      }),
    );
  });

  it("finds Zelenskiy by search and shows his relations with their evidence sentences", async () => {
    const { body } = await api("/api/search?q=Zelenskiy");
    const hit = (body.results as Array<{ id: string; name: string }>)[0];
    expect(hit?.name).toBe("Volodymyr Zelenskiy");
    const entity = await api(`/api/entities/${encodeURIComponent(hit!.id)}`);
    const relations = entity.body.relations as Array<{
      predicate: string;
      sentence: string;
      other: { name: string };
    }>;
    const call = relations.find((r) => r.predicate === "CALLED" && r.other.name === "Donald Trump");
    expect(call).toBeDefined();
    expect(call?.sentence).toContain("held a phone call with Trump");
  });

  it("answers 404 for an unknown entity and 400 for an empty search", async () => {
    expect((await api("/api/entities/person:nobody")).status).toBe(404);
    const empty = await api("/api/search?q=");
    expect(empty.status).toBe(400);
    expect((empty.body.error as { message: string }).message).toMatch(/search/);
  });

  it("ingests a posted article and makes its facts searchable", async () => {
    const text = "Finance Minister Maria Lindqvist met Chancellor Olaf Brenner in Stockholm on Monday.";
    const { status, body } = await api(
      "/api/articles",
      postJson({ text, title: "Ministers meet", date: "2025-03-04" }),
    );
    expect(status).toBe(201);
    expect(body).toMatchObject({ articleId: "ministers-meet", sentences: 1 });
    expect(body.relations).toBeGreaterThan(0);
    const again = await api("/api/articles", postJson({ text, title: "Ministers meet", date: "2025-03-04" }));
    expect(again.body.status).toBe("unchanged");
    const { body: found } = await api("/api/search?q=Lindqvist");
    expect((found.results as Array<{ name: string }>)[0]?.name).toBe("Maria Lindqvist");
  });

  it.each([
    [{ text: "" }, /text is empty/],
    [{ title: "no text" }, /text/],
    [{ text: "ok", date: "yesterday" }, /YYYY-MM-DD/],
    [{ text: "a\u0000b\u0001c" }, /binary/],
  ])("rejects a bad article %j with 400", async (payload, message) => {
    const { status, body } = await api("/api/articles", postJson(payload));
    expect(status).toBe(400);
    expect((body.error as { message: string }).message).toMatch(message);
  });

  it("rejects malformed JSON with 400 and an upload over 10 MB with 413, storing nothing", async () => {
    const before = (await api("/api/graph?limit=50000")).body.nodes as unknown[];
    const bad = await api("/api/articles", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{not json",
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: "bad_input" });
    const huge = await api("/api/articles", postJson({ text: "Alice met Bob. ".repeat(800_000) }));
    expect(huge.status).toBe(413);
    expect(huge.body.error).toMatchObject({ code: "payload_too_large" });
    const after = (await api("/api/graph?limit=50000")).body.nodes as unknown[];
    expect(after).toHaveLength(before.length);
  });

  it("runs read-only Cypher and returns rows plus the graph in them", async () => {
    const { status, body } = await api(
      "/api/cypher",
      postJson({ query: "MATCH (a:Person)-[r:CALLED]->(b) RETURN a, r, b LIMIT 5", params: {} }),
    );
    expect(status).toBe(200);
    expect(body.columns).toEqual(["a", "r", "b"]);
    const graph = body.graph as { nodes: unknown[]; edges: unknown[] };
    expect(graph.nodes.length).toBeGreaterThanOrEqual(2);
    expect(graph.edges.length).toBeGreaterThanOrEqual(1);
  });

  it("refuses Cypher that writes with 400 and leaves the graph alone", async () => {
    const { status, body } = await api("/api/cypher", postJson({ query: "MATCH (n) DETACH DELETE n" }));
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code: "write_query" });
    const { body: health } = await api("/api/search?q=Trump");
    expect((health.results as unknown[]).length).toBeGreaterThan(0);
  });

  it("reports a Cypher syntax error with 400", async () => {
    const { status, body } = await api("/api/cypher", postJson({ query: "MATCH (n RETURN n" }));
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code: "cypher_syntax" });
  });

  it("answers unknown API routes with a JSON 404", async () => {
    const { status, body } = await api("/api/nope");
    expect(status).toBe(404);
    expect(body.error).toMatchObject({ code: "not_found" });
  });
});
