import { poolArticles } from "../fixtures/pool/pool-articles";
import { runCli } from "../support/run-cli";

const neo4jEnv = (): Record<string, string> => ({ NEO4J_URI: process.env.NEWSGRAPH_TEST_NEO4J_URI ?? "" });

/** The articles as JSON Lines for stdin, under ids of their own so each run stores new articles. */
const asJsonLines = (prefix: string): string =>
  poolArticles.map((a) => JSON.stringify({ ...a, id: `${prefix}${a.id}` })).join("\n");

/** Every stored fact of the articles whose id starts with prefix, without the article id. */
async function storedFacts(prefix: string): Promise<unknown[]> {
  const query = await runCli(
    [
      "query",
      "--format",
      "json",
      "MATCH (s:Entity)-[f]->(o:Entity) WHERE f.article STARTS WITH $prefix " +
        "RETURN s.id AS subject, type(f) AS predicate, o.id AS object, f.sentence AS sentence " +
        "ORDER BY sentence, subject, predicate, object",
      "-p",
      `prefix=${prefix}`,
    ],
    { env: neo4jEnv() },
  );
  expect(query.stderr).toBe("");
  return (JSON.parse(query.stdout) as { rows: unknown[] }).rows;
}

// Needs the run's Neo4j: shown as skipped when the tests run without one (NEWSGRAPH_TEST_NO_DB=1).
const describeWithDb = process.env.NEWSGRAPH_TEST_NO_DB === "1" ? describe.skip : describe;

describeWithDb("newsgraph ingest --workers", () => {
  it("stores the same facts with 2 worker threads as in the main thread", async () => {
    for (const workers of ["1", "2"]) {
      const run = await runCli(["ingest", "--no-progress", "--workers", workers, "-"], {
        stdin: asJsonLines(`pool-w${workers}-`),
        env: neo4jEnv(),
      });
      expect(run.stderr).toMatch(/ingested 3 articles \(3 new/);
      expect(run.code).toBe(0);
    }
    const inThread = await storedFacts("pool-w1-");
    expect(inThread.length).toBeGreaterThan(3);
    expect(await storedFacts("pool-w2-")).toEqual(inThread);
  }, 120_000);
});
