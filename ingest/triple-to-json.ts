import type { Entity, Triple } from "./extraction";

export interface EntityJson {
  id: string;
  name: string;
  type: string;
  aliases: string[];
}

/** The `extract` output line of ../shared/docs/evaluation.md, field for field. */
export interface TripleJson {
  article: string;
  subject: EntityJson;
  predicate: string;
  relation: string;
  object: EntityJson;
  polarity: string;
  modality: string;
  confidence: number;
  sentence: string;
  sentenceIndex: number;
  date: string | null;
  attribution?: string;
}

export function tripleToJson(t: Triple): TripleJson {
  return {
    article: t.article,
    subject: entityJson(t.subject),
    predicate: t.predicate,
    relation: t.relation,
    object: entityJson(t.object),
    polarity: t.polarity,
    modality: t.modality,
    confidence: Math.round(t.confidence * 1000) / 1000,
    sentence: t.sentence,
    sentenceIndex: t.sentenceIndex,
    date: t.date,
    ...(t.attribution ? { attribution: t.attribution } : {}),
  };
}

function entityJson(e: Entity): EntityJson {
  return { id: e.id, name: e.name, type: e.type, aliases: e.aliases };
}
