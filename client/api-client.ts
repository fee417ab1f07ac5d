import { ApiError } from "./api-error";
import type {
  ArticleInput,
  CypherResponse,
  CypherValue,
  EntityDetails,
  Health,
  IngestResult,
  NewsGraph,
  SearchResult,
} from "./api-types";
import {
  parseCypherResponse,
  parseEntityDetails,
  parseHealth,
  parseIngestResult,
  parseNewsGraph,
  parseSearchResults,
  parseWire,
} from "./parse-wire";

export interface ApiClient {
  health(): Promise<Health>;
  graph(limit?: number): Promise<NewsGraph>;
  entity(id: string): Promise<EntityDetails>;
  search(query: string, limit?: number, signal?: AbortSignal): Promise<SearchResult[]>;
  ingestArticle(article: ArticleInput): Promise<IngestResult>;
  cypher(query: string, params?: Record<string, CypherValue>): Promise<CypherResponse>;
}

export interface ApiClientDeps {
  fetch: typeof fetch;
  /** Prefix of every path, e.g. "" (same origin) or "http://localhost:3000". */
  baseUrl: string;
}

/** Fetch wrappers: one method per endpoint, each returning a parsed response or throwing ApiError. */
export function createApiClient({ fetch: fetchFn, baseUrl }: ApiClientDeps): ApiClient {
  async function call<T>(
    what: string,
    path: string,
    parse: (v: unknown) => T,
    init?: RequestInit,
  ): Promise<T> {
    let res: Response;
    try {
      res = await fetchFn(`${baseUrl}${path}`, {
        ...init,
        headers: {
          accept: "application/json",
          ...(init?.body ? { "content-type": "application/json" } : {}),
        },
      });
    } catch (err) {
      if (err instanceof DOMException && err.name === "AbortError") throw err;
      throw new ApiError("network", `${what}: the server did not answer (${String(err)})`, 0);
    }
    const text = await res.text();
    let body: unknown;
    try {
      body = text.length > 0 ? JSON.parse(text) : null;
    } catch {
      throw new ApiError("bad_response", `${what}: the server sent something other than JSON`, res.status);
    }
    if (!res.ok) {
      const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
      const code = typeof error?.code === "string" ? error.code : `http_${res.status}`;
      const message = typeof error?.message === "string" ? error.message : `${what}: HTTP ${res.status}`;
      throw new ApiError(code, message, res.status);
    }
    try {
      return parseWire(what, parse, body);
    } catch (err) {
      throw new ApiError("bad_response", err instanceof Error ? err.message : String(err), res.status);
    }
  }

  const post = (body: unknown): RequestInit => ({ method: "POST", body: JSON.stringify(body) });

  return {
    health: () => call("health", "/api/health", parseHealth),
    graph: (limit) =>
      call("graph", `/api/graph${limit === undefined ? "" : `?limit=${limit}`}`, parseNewsGraph),
    entity: (id) => call("entity", `/api/entities/${encodeURIComponent(id)}`, parseEntityDetails),
    search: (query, limit = 20, signal) =>
      call(
        "search",
        `/api/search?q=${encodeURIComponent(query)}&limit=${limit}`,
        parseSearchResults,
        signal ? { signal } : undefined,
      ),
    ingestArticle: (article) => call("ingest", "/api/articles", parseIngestResult, post(article)),
    cypher: (query, params) =>
      call("cypher", "/api/cypher", parseCypherResponse, post(params ? { query, params } : { query })),
  };
}
