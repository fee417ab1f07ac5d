import neo4j, { type ManagedTransaction } from "neo4j-driver";

export interface EntityRecord {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  mentions: number;
}

export interface EntityRelationRecord {
  direction: "out" | "in";
  predicate: string;
  relation: string;
  other: { id: string; name: string; type: string };
  sentence: string;
  sentenceIndex: number;
  article: { id: string; title: string | null; date: string | null; source: string | null };
  confidence: number;
  polarity: string;
  modality: string;
  date: string | null;
  attribution: string | null;
}

export interface ReadEntityResult {
  entity: EntityRecord;
  relations: EntityRelationRecord[];
}

/** An entity with every fact it takes part in, newest article first, each with its evidence sentence. */
export const readEntityCypher = `
MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (e)-[r]-(other:Entity)
  OPTIONAL MATCH (a:Article {id: r.article})
  WITH r, other, a, CASE WHEN startNode(r) = e THEN 'out' ELSE 'in' END AS direction
  ORDER BY a.date DESC, r.article, r.sentenceIndex
  LIMIT $limit
  RETURN collect({direction: direction, predicate: type(r), relation: r.relation,
    other: {id: other.id, name: other.name, type: other.type},
    sentence: r.sentence, sentenceIndex: r.sentenceIndex,
    article: {id: r.article, title: a.title, date: a.date, source: a.source},
    confidence: r.confidence, polarity: r.polarity, modality: r.modality, date: r.date,
    attribution: r.attribution}) AS relations
}
RETURN {id: e.id, name: e.name, type: e.type, aliases: e.aliases, mentions: e.mentions} AS entity, relations`;

export async function readEntity(
  tx: ManagedTransaction,
  id: string,
  limit: number,
): Promise<ReadEntityResult | null> {
  const res = await tx.run(readEntityCypher, { id, limit: neo4j.int(limit) });
  const rec = res.records[0];
  if (!rec) return null;
  return {
    entity: rec.get("entity") as EntityRecord,
    relations: rec.get("relations") as EntityRelationRecord[],
  };
}
