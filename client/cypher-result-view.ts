import type {
  CypherNode,
  CypherPath,
  CypherRelationship,
  CypherResponse,
  CypherValue,
  NewsGraph,
} from "./api-types";

export interface CypherTable {
  columns: string[];
  rows: string[][];
}

export interface CypherResultView {
  table: CypherTable;
  /** The nodes and relationships of the result as a news graph, or null when it has no nodes. */
  graph: NewsGraph | null;
  /** Entity id per graph node key (Neo4j element id), for nodes that are entities. */
  entityIds: ReadonlyMap<string, string>;
  summary: string;
}

const maxCellChars = 300;

function isNode(v: CypherValue): v is CypherNode {
  return typeof v === "object" && v !== null && !Array.isArray(v) && v.kind === "node" && "labels" in v;
}

function isRelationship(v: CypherValue): v is CypherRelationship {
  return (
    typeof v === "object" && v !== null && !Array.isArray(v) && v.kind === "relationship" && "start" in v
  );
}

function isPath(v: CypherValue): v is CypherPath {
  return (
    typeof v === "object" && v !== null && !Array.isArray(v) && v.kind === "path" && "relationships" in v
  );
}

function nodeName(n: CypherNode): string {
  for (const key of ["name", "title", "id"]) {
    const v = n.properties[key];
    if (typeof v === "string" && v.length > 0) return v;
  }
  return n.id;
}

function formatNode(n: CypherNode): string {
  return `(${n.labels.map((l) => `:${l}`).join("")} ${JSON.stringify(nodeName(n))})`;
}

/** A Cypher value as one line of text, Neo4j Browser style: (:Entity "Trump"), [:CALLED], lists, maps. */
export function formatCypherValue(v: CypherValue): string {
  if (v === null) return "null";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (Array.isArray(v)) return `[${v.map(formatCypherValue).join(", ")}]`;
  if (isNode(v)) return formatNode(v);
  if (isRelationship(v)) return `[:${v.type}]`;
  if (isPath(v)) {
    const parts: string[] = [];
    v.nodes.forEach((n, i) => {
      parts.push(formatNode(n));
      const r = v.relationships[i];
      if (r) parts.push(r.start === n.id ? `-[:${r.type}]->` : `<-[:${r.type}]-`);
    });
    return parts.join("");
  }
  const entries = Object.entries(v).map(([k, x]) => `${k}: ${formatCypherValue(x)}`);
  return `{${entries.join(", ")}}`;
}

function clip(s: string): string {
  return s.length > maxCellChars ? `${s.slice(0, maxCellChars - 1)}…` : s;
}

/** Splits a POST /api/cypher answer into what the console shows: always a table, a graph when there is one. */
export function cypherResultView(res: CypherResponse): CypherResultView {
  const table: CypherTable = {
    columns: res.columns,
    rows: res.rows.map((row) => res.columns.map((c) => clip(formatCypherValue(row[c] ?? null)))),
  };
  const entityIds = new Map<string, string>();
  let graph: NewsGraph | null = null;
  if (res.graph.nodes.length > 0) {
    graph = {
      attributes: {},
      options: { type: "directed", multi: true, allowSelfLoops: false },
      nodes: res.graph.nodes.map((n) => {
        const id = n.attributes.properties.id;
        if (n.attributes.labels.includes("Entity") && typeof id === "string") entityIds.set(n.key, id);
        const mentions = n.attributes.properties.mentions;
        return {
          key: n.key,
          attributes: {
            label: n.attributes.label,
            type: n.attributes.type,
            mentions: typeof mentions === "number" ? mentions : 0,
            aliases: [],
          },
        };
      }),
      edges: res.graph.edges.map((e) => {
        const relation = e.attributes.properties.relation;
        const polarity = e.attributes.properties.polarity;
        return {
          key: e.key,
          source: e.source,
          target: e.target,
          attributes: {
            predicate: e.attributes.predicate,
            relation: typeof relation === "string" ? relation : e.attributes.predicate,
            count: 1,
            confidence: 1,
            polarity: polarity === "negative" ? "negative" : "positive",
          },
        };
      }),
    };
  }
  const rowWord = res.rows.length === 1 ? "row" : "rows";
  const parts = [`${res.rows.length} ${rowWord}${res.truncated ? " (truncated)" : ""}`];
  if (graph) parts.push(`${graph.nodes.length} nodes`, `${graph.edges.length} relationships`);
  return { table, graph, entityIds, summary: parts.join(" · ") };
}
