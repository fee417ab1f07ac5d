import { Router } from "express";
import type { GraphStore } from "../../store/graph-store";

/** GET /api/health: 200 with Neo4j's version, 503 (through the error middleware) when it is down. */
export function healthRoute(store: GraphStore): Router {
  return Router().get("/health", async (_req, res) => {
    const { version, edition } = await store.version();
    res.json({ status: "ok", neo4j: { connected: true, version, edition } });
  });
}
