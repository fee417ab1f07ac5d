import type { ManagedTransaction } from "neo4j-driver";

/** One extracted fact; the relationship type is the canonical predicate, the rest is its provenance. */
export interface FactRow {
  factId: string;
  subjectId: string;
  objectId: string;
  predicate: string;
  relation: string;
  article: string;
  sentence: string;
  sentenceIndex: number;
  confidence: number;
  polarity: string;
  modality: string;
  date: string | null;
  attribution: string | null;
}

export const upsertFactsCypher = `
UNWIND $facts AS f
MATCH (s:Entity {id: f.subjectId})
MATCH (o:Entity {id: f.objectId})
MERGE (s)-[r:$(f.predicate) {factId: f.factId}]->(o)
SET r.relation = f.relation, r.article = f.article, r.sentence = f.sentence,
    r.sentenceIndex = toInteger(f.sentenceIndex), r.confidence = f.confidence, r.polarity = f.polarity,
    r.modality = f.modality, r.date = f.date, r.attribution = f.attribution`;

export async function upsertFacts(tx: ManagedTransaction, facts: readonly FactRow[]): Promise<void> {
  await tx.run(upsertFactsCypher, { facts });
}
