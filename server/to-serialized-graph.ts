import type { SerializedGraph } from "graphology-types";
import type { ReadGraphResult } from "../queries/read-graph";

export interface EntityNodeAttributes {
  label: string;
  type: string;
  mentions: number;
  aliases: string[];
}

export interface FactEdgeAttributes {
  predicate: string;
  relation: string;
  count: number;
  confidence: number;
  polarity: string;
}

/** The wire format of GET /api/graph: graphology's own serialization, so the client imports it as is. */
export function toSerializedGraph(
  data: ReadGraphResult,
): SerializedGraph<EntityNodeAttributes, FactEdgeAttributes> {
  return {
    attributes: {},
    options: { type: "directed", multi: true, allowSelfLoops: false },
    nodes: data.nodes.map((n) => ({
      key: n.id,
      attributes: { label: n.name, type: n.type, mentions: n.mentions, aliases: n.aliases },
    })),
    edges: data.edges
      .filter((e) => e.source !== e.target)
      .map((e) => ({
        key: `${e.source}|${e.predicate}|${e.target}`,
        source: e.source,
        target: e.target,
        attributes: {
          predicate: e.predicate,
          relation: e.relation,
          count: e.count,
          confidence: e.confidence,
          polarity: e.polarity,
        },
      })),
  };
}
