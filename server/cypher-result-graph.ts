import type { SerializedGraph } from "graphology-types";
import type { CypherJson, CypherNodeJson, CypherRelationshipJson } from "../store/cypher-json";
import type { CypherResult } from "../store/run-read-only-cypher";

export interface CypherNodeAttributes {
  label: string;
  type: string;
  labels: string[];
  properties: Record<string, CypherJson>;
}

export interface CypherEdgeAttributes {
  predicate: string;
  properties: Record<string, CypherJson>;
}

/**
 * Every node and relationship found anywhere in a result (in lists, maps and paths too), as a graph
 * the client can draw. Keys are element ids; a relationship whose end nodes are not in the result is
 * left out, since it could not be drawn.
 */
export function cypherResultGraph(
  result: CypherResult,
): SerializedGraph<CypherNodeAttributes, CypherEdgeAttributes> {
  const nodes = new Map<string, CypherNodeJson>();
  const rels = new Map<string, CypherRelationshipJson>();
  const visit = (v: CypherJson): void => {
    if (v === null || typeof v !== "object") return;
    if (Array.isArray(v)) return v.forEach(visit);
    if (v.kind === "node" && "labels" in v) nodes.set(v.id as string, v as CypherNodeJson);
    else if (v.kind === "relationship" && "start" in v) rels.set(v.id as string, v as CypherRelationshipJson);
    else if (v.kind === "path" && "relationships" in v) {
      (v.nodes as CypherNodeJson[]).forEach(visit);
      (v.relationships as CypherRelationshipJson[]).forEach(visit);
    } else Object.values(v).forEach(visit);
  };
  result.rows.forEach((row) => Object.values(row).forEach(visit));
  return {
    attributes: {},
    options: { type: "directed", multi: true, allowSelfLoops: true },
    nodes: [...nodes.values()].map((n) => ({
      key: n.id,
      attributes: {
        label: displayName(n),
        type: typeof n.properties.type === "string" ? n.properties.type : (n.labels[0] ?? "node"),
        labels: n.labels,
        properties: n.properties,
      },
    })),
    edges: [...rels.values()]
      .filter((r) => nodes.has(r.start) && nodes.has(r.end))
      .map((r) => ({
        key: r.id,
        source: r.start,
        target: r.end,
        attributes: { predicate: r.type, properties: r.properties },
      })),
  };
}

function displayName(n: CypherNodeJson): string {
  for (const key of ["name", "title", "id"]) {
    const v = n.properties[key];
    if (typeof v === "string" && v.length > 0) return v;
  }
  return n.labels[0] ?? n.id;
}
