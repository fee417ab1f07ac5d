import { Router } from "express";
import { z } from "zod";
import { NotFoundError } from "../../core/newsgraph-error";
import type { GraphStore } from "../../store/graph-store";
import { parseRequest } from "../parse-request";

const paramsSchema = z.object({ id: z.string().min(1).max(500) });
const querySchema = z.object({ limit: z.coerce.number().int().min(1).max(5000).default(500) });

/** GET /api/entities/:id: the entity, its neighbours and the evidence sentence of every fact. */
export function entitiesRoute(store: GraphStore): Router {
  return Router().get("/entities/:id", async (req, res) => {
    const { id } = parseRequest(paramsSchema, req.params, "entity");
    const { limit } = parseRequest(querySchema, req.query, "entity");
    const found = await store.entity(id, limit);
    if (!found)
      throw new NotFoundError(`entity: no entity with id "${id}"; find ids with GET /api/search?q=`);
    res.json(found);
  });
}
