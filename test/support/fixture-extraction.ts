import { buildArticle } from "../../ingest/build-article";
import type { Entity, Extraction, Triple } from "../../ingest/extraction";

/** A small hand-made extraction, so store tests do not depend on the models. */
export function fixtureExtraction(
  id: string,
  text = "Alice Example called Bob Example about the merger.",
): Extraction {
  const alice: Entity = {
    id: "person:alice-example",
    name: "Alice Example",
    type: "PERSON",
    aliases: ["Alice"],
    mentions: 2,
  };
  const bob: Entity = {
    id: "person:bob-example",
    name: "Bob Example",
    type: "PERSON",
    aliases: [],
    mentions: 1,
  };
  const merger: Entity = { id: "concept:merger", name: "merger", type: "CONCEPT", aliases: [], mentions: 1 };
  const article = buildArticle({ id, title: `Fixture ${id}`, date: "2025-01-02", source: "Test", text });
  const base = {
    article: id,
    sentence: text,
    sentenceIndex: 0,
    polarity: "positive",
    modality: "asserted",
    date: "2025-01-02",
    attribution: null,
  } as const;
  const triples: Triple[] = [
    { ...base, subject: alice, predicate: "CALLED", relation: "called", object: bob, confidence: 0.9 },
    {
      ...base,
      subject: alice,
      predicate: "STATED",
      relation: "called about",
      object: merger,
      confidence: 0.6,
    },
  ];
  return { article, sentenceCount: 1, entities: [alice, bob, merger], triples };
}
