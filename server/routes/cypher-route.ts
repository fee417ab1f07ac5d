import { Router } from "express";
import { z } from "zod";
import type { GraphStore } from "../../store/graph-store";
import { cypherResultGraph } from "../cypher-result-graph";
import { parseRequest } from "../parse-request";

const bodySchema = z.object({
  query: z.string().trim().min(1, "add a Cypher query").max(20_000),
  params: z.record(z.string(), z.unknown()).default({}),
});

/** POST /api/cypher: a read-only query with a time limit and a row cap; rows plus the graph in them. */
export function cypherRoute(store: GraphStore): Router {
  return Router().post("/cypher", async (req, res) => {
    const { query, params } = parseRequest(bodySchema, req.body, "cypher");
    const result = await store.cypher(query, params);
    res.json({ ...result, graph: cypherResultGraph(result) });
  });
}
