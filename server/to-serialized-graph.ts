import type { SerializedGraph } from "graphology-types";
import type { Polarity } from "../ingest/extraction";
import type { ReadGraphResult } from "../queries/read-graph";

export interface EntityNodeAttributes {
  label: string;
  /** PERSON, ORGANIZATION, PLACE, EVENT, CONCEPT, MISC, or any type a newer extractor emits. */
  type: string;
  mentions: number;
  aliases: string[];
}

export interface FactEdgeAttributes {
  /** Canonical predicate, e.g. CALLED. */
  predicate: string;
  /** The surface phrase of the most confident fact, e.g. "held a phone call with". */
  relation: string;
  /** Evidence sentences behind this edge. */
  count: number;
  confidence: number;
  /** positive when any of the folded facts is. */
  polarity: Polarity;
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
