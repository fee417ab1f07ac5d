import { Router } from "express";
import { z } from "zod";
import type { GraphStore } from "../../store/graph-store";
import { parseRequest } from "../parse-request";

const querySchema = z.object({
  q: z.string().trim().min(1, "add a search text, e.g. ?q=Zelenskiy").max(200),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

/** GET /api/search?q=: entities whose name or alias matches, best first. */
export function searchRoute(store: GraphStore): Router {
  return Router().get("/search", async (req, res) => {
    const { q, limit } = parseRequest(querySchema, req.query, "search");
    res.json({ results: await store.search(q, limit) });
  });
}
