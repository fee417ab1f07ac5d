import { Router } from "express";
import { z } from "zod";
import type { GraphStore } from "../../store/graph-store";
import { parseRequest } from "../parse-request";
import { toSerializedGraph } from "../to-serialized-graph";

const querySchema = z.object({
  limit: z.coerce.number().int().min(1).max(50_000).default(2000),
});

/** GET /api/graph?limit=N: the most-mentioned entities and the facts among them, as graphology JSON. */
export function graphRoute(store: GraphStore): Router {
  return Router().get("/graph", async (req, res) => {
    const { limit } = parseRequest(querySchema, req.query, "graph");
    res.json(toSerializedGraph(await store.graph(limit)));
  });
}
