import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { NewsGraph } from "../../client/api-types";
import { parseNewsGraph } from "../../client/parse-wire";

/** The hand-written news graph of test/fixtures/client, parsed as the client parses GET /api/graph. */
export function loadFixtureGraph(): NewsGraph {
  const raw: unknown = JSON.parse(
    readFileSync(join(__dirname, "..", "fixtures", "client", "news-graph.json"), "utf8"),
  );
  return parseNewsGraph(raw);
}
