import { createHash } from "node:crypto";
import type { ManagedTransaction } from "neo4j-driver";
import type { Entity, EntityType, Extraction, Triple } from "../ingest/extraction";
import { deleteArticleFacts } from "../queries/delete-article-facts";
import { nameKey, surnameKey } from "../ingest/entities/name-key";
import { findArticle } from "../queries/find-article";
import { matchKnownEntities } from "../queries/match-known-entities";
import { upsertArticle } from "../queries/upsert-article";
import { upsertEntities, type EntityRow } from "../queries/upsert-entities";
import { upsertFacts, type FactRow } from "../queries/upsert-facts";
import type { Neo4jConnection } from "./connect-neo4j";
import { mapNeo4jError } from "./map-neo4j-error";

export type WriteStatus = "created" | "updated" | "unchanged";

export interface WriteResult {
  articleId: string;
  status: WriteStatus;
  entities: number;
  relations: number;
}

const labelOfType: Record<EntityType, string> = {
  PERSON: "Person",
  ORGANIZATION: "Organization",
  PLACE: "Place",
  EVENT: "Event",
  CONCEPT: "Concept",
  MISC: "Misc",
};

/**
 * Stores a batch of extracted articles, all in one write transaction: either every article of the
 * batch is stored or none is, so a database that goes down mid-ingest leaves the graph as it was.
 */
export async function writeExtractions(
  { driver, database }: Neo4jConnection,
  extractions: readonly Extraction[],
): Promise<WriteResult[]> {
  const session = driver.session({ database, defaultAccessMode: "WRITE" });
  try {
    return await session.executeWrite(async (tx) => {
      const results: WriteResult[] = [];
      for (const extraction of extractions) results.push(await writeOne(tx, extraction));
      return results;
    });
  } catch (err) {
    throw mapNeo4jError(err);
  } finally {
    await session.close();
  }
}

async function writeOne(tx: ManagedTransaction, extraction: Extraction): Promise<WriteResult> {
  const { article } = extraction;
  const existing = await findArticle(tx, article.id);
  const counts = { entities: extraction.entities.length, relations: extraction.triples.length };
  if (existing?.contentHash === article.contentHash) {
    return { articleId: article.id, status: "unchanged", ...counts };
  }
  if (existing) await deleteArticleFacts(tx, article.id);
  await upsertArticle(tx, {
    id: article.id,
    title: article.title,
    date: article.date,
    source: article.source,
    url: article.url,
    contentHash: article.contentHash,
    sentenceCount: extraction.sentenceCount,
    text: article.text,
  });
  // Entities already in the graph under another spelling keep their id (one entity, one id).
  const known = await matchKnownEntities(
    tx,
    extraction.entities.map((e) => ({
      id: e.id,
      type: e.type,
      nameKey: nameKey(e.name),
      surnameKey: e.type === "PERSON" && !e.name.includes(" ") ? surnameKey(e.name) : null,
    })),
  );
  const idOf = (id: string): string => known.get(id) ?? id;
  await upsertEntities(tx, article.id, mergeById(extraction.entities.map((e) => toEntityRow(e, idOf(e.id)))));
  await upsertFacts(
    tx,
    extraction.triples.map((t) => toFactRow(t, idOf)),
  );
  return { articleId: article.id, status: existing ? "updated" : "created", ...counts };
}

function toEntityRow(e: Entity, id: string): EntityRow {
  return {
    id,
    name: e.name,
    type: e.type,
    label: labelOfType[e.type],
    aliases: e.aliases,
    mentions: e.mentions,
    nameKey: nameKey(e.name),
    surnameKey: e.type === "PERSON" ? surnameKey(e.name) : null,
  };
}

/** Two entities of one article that turn out to be one stored entity become one row. */
function mergeById(rows: EntityRow[]): EntityRow[] {
  const byId = new Map<string, EntityRow>();
  for (const r of rows) {
    const seen = byId.get(r.id);
    if (!seen) byId.set(r.id, r);
    else {
      seen.mentions += r.mentions;
      seen.aliases = [...new Set([...seen.aliases, ...r.aliases, r.name])];
    }
  }
  return [...byId.values()];
}

const predicatePattern = /^[A-Z][A-Z0-9_]{0,63}$/;

function toFactRow(t: Triple, idOf: (id: string) => string): FactRow {
  // The predicate becomes a relationship type: only UPPER_SNAKE names are ever written.
  if (!predicatePattern.test(t.predicate)) throw new Error(`store: invalid predicate "${t.predicate}"`);
  return {
    factId: factId(t),
    subjectId: idOf(t.subject.id),
    objectId: idOf(t.object.id),
    predicate: t.predicate,
    relation: t.relation,
    article: t.article,
    sentence: t.sentence,
    sentenceIndex: t.sentenceIndex,
    confidence: t.confidence,
    polarity: t.polarity,
    modality: t.modality,
    date: t.date,
    attribution: t.attribution,
  };
}

/** Same fact from the same sentence → same id, which is what makes re-ingesting idempotent. */
function factId(t: Triple): string {
  const key = [
    t.article,
    t.sentenceIndex,
    t.subject.id,
    t.predicate,
    t.object.id,
    t.relation,
    t.polarity,
  ].join("\u0001");
  return createHash("sha1").update(key).digest("hex").slice(0, 20);
}
