import { runCli } from "../support/run-cli";

const neo4jEnv = (): Record<string, string> => ({ NEO4J_URI: process.env.NEWSGRAPH_TEST_NEO4J_URI ?? "" });

describe("newsgraph CLI", () => {
  it("extract prints one JSON object per triple, per the evaluation contract", async () => {
    const { code, stdout } = await runCli(["extract", "samples/2025-05-17-istanbul-talks.txt"]);
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.length).toBeGreaterThan(5);
    for (const t of lines) {
      expect(t).toEqual(
        expect.objectContaining({
          article: "2025-05-17-istanbul-talks",
          subject: expect.objectContaining({ name: expect.any(String), type: expect.any(String) }),
          predicate: expect.stringMatching(/^[A-Z][A-Z0-9_]*$/),
          relation: expect.any(String),
          object: expect.objectContaining({ name: expect.any(String), type: expect.any(String) }),
          sentence: expect.any(String),
          confidence: expect.any(Number),
        }),
      );
    }
    expect(lines).toContainEqual(
      expect.objectContaining({
        subject: expect.objectContaining({ name: "Volodymyr Zelenskiy" }),
        predicate: "CALLED",
        object: expect.objectContaining({ name: "Donald Trump" }),
      }),
    );
  }, 60_000);

  it("extract reads stdin with -", async () => {
    const { code, stdout } = await runCli(["extract", "-"], {
      stdin: "German Chancellor Olaf Brenner criticized Poland on Tuesday.",
    });
    expect(code).toBe(0);
    expect(stdout).toContain('"predicate":"CRITICIZED"');
  }, 60_000);

  it.each([
    ["test/fixtures/articles/empty.txt", /empty/],
    ["test/fixtures/articles/binary.txt", /binary/],
    ["no/such.txt", /no such file/],
  ])(
    "extract %s fails with one line on stderr",
    async (path, message) => {
      const { code, stdout, stderr } = await runCli(["extract", path]);
      expect(code).not.toBe(0);
      expect(stdout).toBe("");
      expect(stderr.trim().split("\n")).toHaveLength(1);
      expect(stderr).toMatch(message);
    },
    60_000,
  );

  it("ingest stores articles and query reads them back; a writing query is refused", async () => {
    const ingest = await runCli(["ingest", "--no-progress", "samples"], { env: neo4jEnv() });
    expect(ingest.stderr).toMatch(/ingested 1 articles/);
    expect(ingest.code).toBe(0);
    const query = await runCli(
      [
        "query",
        "--format",
        "json",
        "MATCH (p:Person {name: $name})-[r:CALLED]->(o) RETURN o.name AS callee",
        "-p",
        "name=Volodymyr Zelenskiy",
      ],
      { env: neo4jEnv() },
    );
    expect(query.code).toBe(0);
    expect(JSON.parse(query.stdout).rows).toContainEqual({ callee: "Donald Trump" });
    const write = await runCli(["query", "MATCH (n) DETACH DELETE n"], { env: neo4jEnv() });
    expect(write.code).not.toBe(0);
    expect(write.stderr).toMatch(/only read queries/);
  }, 120_000);

  it("says what to do when Neo4j cannot be reached", async () => {
    const { code, stderr } = await runCli(["query", "RETURN 1"], {
      env: { NEO4J_URI: "bolt://127.0.0.1:9" },
    });
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/cannot reach bolt:\/\/127\.0\.0\.1:9/);
  }, 60_000);
});
