import express, { type Express } from "express";
import type { ArticleExtractor } from "../ingest/article-extractor";
import type { GraphStore } from "../store/graph-store";
import { errorMiddleware } from "./error-middleware";
import { articlesRoute } from "./routes/articles-route";
import { cypherRoute } from "./routes/cypher-route";
import { entitiesRoute } from "./routes/entities-route";
import { graphRoute } from "./routes/graph-route";
import { healthRoute } from "./routes/health-route";
import { searchRoute } from "./routes/search-route";

export interface AppDeps {
  store: GraphStore;
  extractor: ArticleExtractor;
  /** The built client (client/dist); served at /. */
  clientDir: string;
  logError: (err: unknown) => void;
}

/** Requests over this get a 413 before anything is parsed. */
export const maxBodyBytes = 10 * 1024 * 1024;

export function createApp({ store, extractor, clientDir, logError }: AppDeps): Express {
  const app = express();
  app.disable("x-powered-by");
  app.use(express.json({ limit: maxBodyBytes }));
  const api = express.Router();
  api.use(healthRoute(store));
  api.use(graphRoute(store));
  api.use(entitiesRoute(store));
  api.use(searchRoute(store));
  api.use(articlesRoute(store, extractor));
  api.use(cypherRoute(store));
  api.use((req, res) => {
    res
      .status(404)
      .json({ error: { code: "not_found", message: `api: no route ${req.method} ${req.path}` } });
  });
  app.use("/api", api);
  app.use(express.static(clientDir, { index: "index.html", maxAge: "1h" }));
  app.use(errorMiddleware(logError));
  return app;
}
