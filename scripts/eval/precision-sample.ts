import { z } from "zod";
import { stateInstitution, stateNamer } from "../../ingest/entities/state-institution";
import { withoutLegalForm } from "../../ingest/entities/without-legal-form";
import { countryByName } from "../../ingest/gazetteer/country-by-name";
import { institutionByAlias } from "../../ingest/gazetteer/institution-by-alias";
import { organizationByName } from "../../ingest/gazetteer/international-organizations";
import { knowledgeOn } from "../../ingest/gazetteer/knowledge-on";
import type { TripleJson } from "../../ingest/triple-to-json";

/**
 * One judged triple of the precision sample. The sentence itself is not kept: Reuters text is for research
 * only, so the fixture holds the article id and sentence index, and `eval:precision` re-reads the corpus.
 */
export const judgedTripleSchema = z.object({
  article: z.string(),
  sentenceIndex: z.number().int().nonnegative(),
  subject: z.string(),
  predicate: z.string(),
  relation: z.string(),
  object: z.string(),
  polarity: z.enum(["positive", "negative"]),
  verdict: z.enum(["correct", "wrong"]),
  /** Why a triple is wrong: direction, polarity, not stated, wrong entity, … */
  reason: z.string().optional(),
});

export type JudgedTriple = z.infer<typeof judgedTripleSchema>;

/** What identifies a triple across runs: same article, sentence, ends, predicate and polarity. */
export interface TripleIdentity {
  article: string;
  sentenceIndex: number;
  subject: string;
  predicate: string;
  object: string;
  polarity: string;
}

/** What identifies a triple's end across runs: its name, up to the renamings that keep its referent. */
export function tripleKey(t: TripleIdentity): string {
  return [
    t.article,
    t.sentenceIndex,
    comparableName(t.subject),
    t.predicate,
    comparableName(t.object),
    t.polarity,
  ].join("\u0001");
}

/**
 * A name without a company's legal form ("Sandoz AG" and "Sandoz" name one entity), with an institution's
 * canonical name for its other names ("Fed" is the Federal Reserve) and a state institution's name without
 * its state ("U.S. Agriculture Department" was judged before resolution wrote "Agriculture Department
 * (United States)").
 */
function comparableName(name: string): string {
  const canonical = (institutionByAlias(name)?.name ?? name).replace(/ \([^()]+\)$/, "");
  const institution = stateInstitution(canonical, stateNamed);
  return withoutLegalForm(institution?.name ?? canonical);
}

/** Today's states and those of past decades' news ("West German"), by name or demonym. */
const stateNamed = stateNamer(
  knowledgeOn({ country: countryByName, organization: organizationByName }, null),
);

export function keyOfJson(t: TripleJson): string {
  return tripleKey({ ...t, subject: t.subject.name, object: t.object.name });
}

/** How far a judged triple may have moved when a change to sentence splitting renumbers the sentences. */
export const maxSentenceShift = 3;

/**
 * Where the extractor still produces a judged triple: "exact" in its sentence, "moved" when the same
 * triple (ends, predicate, polarity) comes from a sentence at most `maxSentenceShift` away — a split
 * that changed before it renumbers the sentences, not the fact — else undefined.
 */
export function findJudged(j: TripleIdentity, produced: ReadonlySet<string>): "exact" | "moved" | undefined {
  if (produced.has(tripleKey(j))) return "exact";
  for (let d = 1; d <= maxSentenceShift; d++) {
    for (const i of [j.sentenceIndex - d, j.sentenceIndex + d]) {
      if (i >= 0 && produced.has(tripleKey({ ...j, sentenceIndex: i }))) return "moved";
    }
  }
  return undefined;
}

/**
 * The sample: articles in a seeded random order, one triple drawn at random from each article that has
 * any, until `size` triples — so no single long article dominates, and every triple of an article is
 * equally likely.
 */
export function drawSample<T>(
  articleOrder: readonly number[],
  triplesOf: (article: number) => readonly T[],
  size: number,
  random: () => number,
): T[] {
  const out: T[] = [];
  for (const a of articleOrder) {
    if (out.length >= size) break;
    const ts = triplesOf(a);
    if (ts.length === 0) continue;
    out.push(ts[Math.floor(random() * ts.length)]!);
  }
  return out;
}
