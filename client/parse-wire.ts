import type {
  CypherEdgeAttributes,
  CypherNodeAttributes,
  CypherResponse,
  CypherValue,
  Entity,
  EntityDetails,
  EntityRelation,
  EntitySummary,
  Health,
  IngestResult,
  NewsGraph,
  Polarity,
  SearchResult,
  WireEdge,
  WireGraph,
  WireGraphOptions,
  WireNode,
} from "./api-types";

/**
 * Parsers for every API response. They check what the client relies on and fill defaults for optional
 * fields, so a server change shows up as one clear message instead of `undefined` deep in the UI.
 */

type Json = unknown;

class WireFormatError extends Error {}

function fail(path: string, expected: string, got: Json): never {
  const shown = got === null ? "null" : Array.isArray(got) ? "an array" : typeof got;
  throw new WireFormatError(`${path}: expected ${expected}, got ${shown}`);
}

function record(v: Json, path: string): Record<string, Json> {
  if (typeof v !== "object" || v === null || Array.isArray(v)) fail(path, "an object", v);
  return v as Record<string, Json>;
}

function array(v: Json, path: string): Json[] {
  if (!Array.isArray(v)) fail(path, "an array", v);
  return v;
}

function str(v: Json, path: string): string {
  if (typeof v !== "string") fail(path, "a string", v);
  return v;
}

function num(v: Json, path: string): number {
  if (typeof v !== "number" || !Number.isFinite(v)) fail(path, "a number", v);
  return v;
}

function optStr(v: Json, path: string): string | null {
  return v === null || v === undefined ? null : str(v, path);
}

function optNum(v: Json, fallback: number, path: string): number {
  return v === null || v === undefined ? fallback : num(v, path);
}

function strings(v: Json, path: string): string[] {
  if (v === null || v === undefined) return [];
  return array(v, path).map((s, i) => str(s, `${path}[${i}]`));
}

function polarity(v: Json): Polarity {
  return v === "negative" ? "negative" : "positive";
}

function graphOptions(v: Json, path: string): WireGraphOptions {
  const o = v === undefined ? {} : record(v, path);
  const type = o.type === "undirected" || o.type === "mixed" ? o.type : "directed";
  return { type, multi: o.multi !== false, allowSelfLoops: o.allowSelfLoops === true };
}

function wireGraph<N, E>(
  v: Json,
  path: string,
  nodeAttrs: (a: Record<string, Json>, key: string, p: string) => N,
  edgeAttrs: (a: Record<string, Json>, p: string) => E,
): WireGraph<N, E> {
  const g = record(v, path);
  const nodes: WireNode<N>[] = array(g.nodes, `${path}.nodes`).map((n, i) => {
    const p = `${path}.nodes[${i}]`;
    const r = record(n, p);
    const key = str(r.key, `${p}.key`);
    return {
      key,
      attributes: nodeAttrs(record(r.attributes ?? {}, `${p}.attributes`), key, `${p}.attributes`),
    };
  });
  const edges: WireEdge<E>[] = array(g.edges ?? [], `${path}.edges`).map((e, i) => {
    const p = `${path}.edges[${i}]`;
    const r = record(e, p);
    const source = str(r.source, `${p}.source`);
    const target = str(r.target, `${p}.target`);
    const key = r.key === undefined ? `${source}->${target}#${i}` : str(r.key, `${p}.key`);
    return { key, source, target, attributes: edgeAttrs(record(r.attributes ?? {}, `${p}.attributes`), p) };
  });
  return {
    attributes: g.attributes === undefined ? {} : record(g.attributes, `${path}.attributes`),
    options: graphOptions(g.options, `${path}.options`),
    nodes,
    edges,
  };
}

function entityNode(a: Record<string, Json>, key: string, p: string) {
  return {
    label: optStr(a.label, `${p}.label`) ?? key,
    type: optStr(a.type, `${p}.type`) ?? "CONCEPT",
    mentions: optNum(a.mentions, 0, `${p}.mentions`),
    aliases: strings(a.aliases, `${p}.aliases`),
  };
}

function factEdge(a: Record<string, Json>, p: string) {
  const predicate = str(a.predicate, `${p}.predicate`);
  return {
    predicate,
    relation: optStr(a.relation, `${p}.relation`) ?? predicate,
    count: optNum(a.count, 1, `${p}.count`),
    confidence: optNum(a.confidence, 1, `${p}.confidence`),
    polarity: polarity(a.polarity),
  };
}

function cypherNodeAttrs(a: Record<string, Json>, key: string, p: string): CypherNodeAttributes {
  return {
    label: optStr(a.label, `${p}.label`) ?? key,
    type: optStr(a.type, `${p}.type`) ?? "node",
    labels: strings(a.labels, `${p}.labels`),
    properties: record(a.properties ?? {}, `${p}.properties`) as Record<string, CypherValue>,
  };
}

function cypherEdgeAttrs(a: Record<string, Json>, p: string): CypherEdgeAttributes {
  return {
    predicate: optStr(a.predicate, `${p}.predicate`) ?? "RELATED",
    properties: record(a.properties ?? {}, `${p}.properties`) as Record<string, CypherValue>,
  };
}

function entitySummary(v: Json, p: string): EntitySummary {
  const r = record(v, p);
  return {
    id: str(r.id, `${p}.id`),
    name: str(r.name, `${p}.name`),
    type: optStr(r.type, `${p}.type`) ?? "CONCEPT",
  };
}

function entity(v: Json, p: string): Entity {
  const r = record(v, p);
  return {
    ...entitySummary(r, p),
    aliases: strings(r.aliases, `${p}.aliases`),
    mentions: optNum(r.mentions, 0, `${p}.mentions`),
  };
}

function relation(v: Json, p: string): EntityRelation {
  const r = record(v, p);
  const a = record(r.article ?? {}, `${p}.article`);
  const predicate = str(r.predicate, `${p}.predicate`);
  return {
    direction: r.direction === "in" ? "in" : "out",
    predicate,
    relation: optStr(r.relation, `${p}.relation`) ?? predicate,
    other: entitySummary(r.other, `${p}.other`),
    sentence: str(r.sentence, `${p}.sentence`),
    sentenceIndex: optNum(r.sentenceIndex, 0, `${p}.sentenceIndex`),
    article: {
      id: optStr(a.id, `${p}.article.id`) ?? "",
      title: optStr(a.title, `${p}.article.title`),
      date: optStr(a.date, `${p}.article.date`),
      source: optStr(a.source, `${p}.article.source`),
    },
    confidence: optNum(r.confidence, 1, `${p}.confidence`),
    polarity: polarity(r.polarity),
    modality: optStr(r.modality, `${p}.modality`) ?? "asserted",
    date: optStr(r.date, `${p}.date`),
    attribution: optStr(r.attribution, `${p}.attribution`),
  };
}

/** Runs a parser and turns a format problem into a message naming the endpoint. */
export function parseWire<T>(what: string, parse: (v: Json) => T, body: Json): T {
  try {
    return parse(body);
  } catch (err) {
    if (err instanceof WireFormatError)
      throw new Error(`client: unexpected ${what} response: ${err.message}`);
    throw err;
  }
}

export function parseNewsGraph(v: Json): NewsGraph {
  return wireGraph(v, "graph", entityNode, factEdge);
}

export function parseEntityDetails(v: Json): EntityDetails {
  const r = record(v, "body");
  return {
    entity: entity(r.entity, "entity"),
    relations: array(r.relations ?? [], "relations").map((x, i) => relation(x, `relations[${i}]`)),
  };
}

export function parseSearchResults(v: Json): SearchResult[] {
  const r = record(v, "body");
  return array(r.results, "results").map((x, i) => ({
    ...entity(x, `results[${i}]`),
    score: optNum(record(x, `results[${i}]`).score, 0, `results[${i}].score`),
  }));
}

export function parseIngestResult(v: Json): IngestResult {
  const r = record(v, "body");
  return {
    articleId: str(r.articleId, "articleId"),
    sentences: num(r.sentences, "sentences"),
    entities: num(r.entities, "entities"),
    relations: num(r.relations, "relations"),
  };
}

export function parseCypherResponse(v: Json): CypherResponse {
  const r = record(v, "body");
  const empty = { attributes: {}, options: {}, nodes: [], edges: [] };
  return {
    columns: strings(r.columns, "columns"),
    rows: array(r.rows, "rows").map((row, i) => record(row, `rows[${i}]`) as Record<string, CypherValue>),
    graph: wireGraph(r.graph ?? empty, "graph", cypherNodeAttrs, cypherEdgeAttrs),
    truncated: r.truncated === true,
  };
}

export function parseHealth(v: Json): Health {
  const r = record(v, "body");
  const n = r.neo4j === undefined ? {} : record(r.neo4j, "neo4j");
  return {
    status: str(r.status, "status"),
    neo4j: { connected: n.connected === true, version: optStr(n.version, "neo4j.version") },
  };
}
