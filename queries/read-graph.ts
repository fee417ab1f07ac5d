import neo4j, { type ManagedTransaction } from "neo4j-driver";
import type { Polarity } from "../ingest/extraction";

export interface GraphNodeRow {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  mentions: number;
}

export interface GraphEdgeRow {
  source: string;
  target: string;
  predicate: string;
  relation: string;
  count: number;
  confidence: number;
  polarity: Polarity;
}

export interface ReadGraphResult {
  nodes: GraphNodeRow[];
  edges: GraphEdgeRow[];
}

// Integers arrive as JS numbers: the driver is created with disableLosslessIntegers (store/connect-neo4j.ts).

/**
 * The most-mentioned entities (the index on e.mentions serves the ORDER BY) and the facts among them,
 * folded to one edge per (source, predicate, target) with the number of evidence sentences behind it.
 */
export const readGraphCypher = `
MATCH (e:Entity)
WITH e ORDER BY e.mentions DESC, e.id LIMIT $limit
WITH collect(e) AS kept
CALL (kept) {
  UNWIND kept AS s
  MATCH (s)-[r]->(o:Entity)
  WHERE o IN kept
  WITH s, o, type(r) AS predicate, r
  ORDER BY r.confidence DESC
  WITH s, o, predicate, collect(r) AS rs
  RETURN collect({source: s.id, target: o.id, predicate: predicate, relation: rs[0].relation,
                  count: size(rs), confidence: rs[0].confidence,
                  polarity: CASE WHEN any(x IN rs WHERE x.polarity = 'positive') THEN 'positive' ELSE 'negative' END
                 }) AS edges
}
RETURN [e IN kept | {id: e.id, name: e.name, type: e.type, aliases: e.aliases, mentions: e.mentions}] AS nodes, edges`;

export async function readGraph(tx: ManagedTransaction, limit: number): Promise<ReadGraphResult> {
  const res = await tx.run(readGraphCypher, { limit: neo4j.int(limit) });
  const rec = res.records[0];
  if (!rec) return { nodes: [], edges: [] };
  const nodes = (rec.get("nodes") as Array<Record<string, unknown>>).map((n) => ({
    id: String(n.id),
    name: String(n.name),
    type: String(n.type),
    aliases: (n.aliases as string[] | null) ?? [],
    mentions: Number(n.mentions),
  }));
  const edges = (rec.get("edges") as Array<Record<string, unknown>>).map((e): GraphEdgeRow => ({
    source: String(e.source),
    target: String(e.target),
    predicate: String(e.predicate),
    relation: String(e.relation),
    count: Number(e.count),
    confidence: Number(e.confidence),
    polarity: e.polarity === "negative" ? "negative" : "positive",
  }));
  return { nodes, edges };
}
