import type { EntitySpan, EntityType } from "./ner-tag";
import { ENTITY_TYPES } from "./ner-tag";
import { spansOfTags } from "./ner-spans";

export interface PrfCounts {
  gold: number;
  predicted: number;
  correct: number;
}

export interface Prf extends PrfCounts {
  precision: number;
  recall: number;
  f1: number;
}

export interface SpanScore {
  overall: Prf;
  byType: Record<EntityType, Prf>;
  tokens: number;
  /** Token-level tag accuracy; unlike conlleval, both sides are first rewritten as IOB2 so IOB1 and IOB2 compare. */
  accuracy: number;
}

/** Precision/recall/F1 in percent, 0 when undefined, as conlleval prints them. */
export function prf(counts: PrfCounts): Prf {
  const precision = counts.predicted === 0 ? 0 : (100 * counts.correct) / counts.predicted;
  const recall = counts.gold === 0 ? 0 : (100 * counts.correct) / counts.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...counts, precision, recall, f1 };
}

/**
 * conlleval's span-level micro scores: a predicted chunk is correct when a gold chunk has the same start, end
 * and type. Sentences are scored independently (chunks never cross a sentence boundary).
 */
export function scoreSpans(
  gold: readonly (readonly string[])[],
  predicted: readonly (readonly string[])[],
): SpanScore {
  if (gold.length !== predicted.length) {
    throw new Error(`ner: ${gold.length} gold sentences but ${predicted.length} predicted`);
  }
  const counts = new Map<EntityType, PrfCounts>(
    ENTITY_TYPES.map((t) => [t, { gold: 0, predicted: 0, correct: 0 }]),
  );
  let tokens = 0;
  let sameTag = 0;
  gold.forEach((goldTags, s) => {
    const predTags = predicted[s] ?? [];
    if (goldTags.length !== predTags.length) {
      throw new Error(`ner: sentence ${s} has ${goldTags.length} gold tags but ${predTags.length} predicted`);
    }
    tokens += goldTags.length;
    const goldSpans = spansOfTags(goldTags);
    const predSpans = spansOfTags(predTags);
    const goldIob2 = iob2Of(goldSpans, goldTags.length);
    const predIob2 = iob2Of(predSpans, predTags.length);
    goldIob2.forEach((tag, i) => {
      if (tag === predIob2[i]) sameTag++;
    });
    const goldKeys = new Set(goldSpans.map((sp) => `${sp.start}:${sp.end}:${sp.type}`));
    for (const sp of goldSpans) counts.get(sp.type)!.gold++;
    for (const sp of predSpans) {
      const c = counts.get(sp.type)!;
      c.predicted++;
      if (goldKeys.has(`${sp.start}:${sp.end}:${sp.type}`)) c.correct++;
    }
  });
  const total: PrfCounts = { gold: 0, predicted: 0, correct: 0 };
  for (const c of counts.values()) {
    total.gold += c.gold;
    total.predicted += c.predicted;
    total.correct += c.correct;
  }
  const byType = Object.fromEntries(ENTITY_TYPES.map((t) => [t, prf(counts.get(t)!)])) as Record<
    EntityType,
    Prf
  >;
  return { overall: prf(total), byType, tokens, accuracy: tokens === 0 ? 0 : (100 * sameTag) / tokens };
}

/** The score as conlleval lays it out. */
export function formatSpanScore(score: SpanScore): string {
  const o = score.overall;
  const f = (x: number): string => x.toFixed(2).padStart(6);
  const lines = [
    `processed ${score.tokens} tokens with ${o.gold} phrases; found: ${o.predicted} phrases; correct: ${o.correct}.`,
    `accuracy: ${f(score.accuracy)}%; precision: ${f(o.precision)}%; recall: ${f(o.recall)}%; FB1: ${f(o.f1)}`,
  ];
  for (const t of ENTITY_TYPES) {
    const s = score.byType[t];
    lines.push(
      `${t.padStart(17)}: precision: ${f(s.precision)}%; recall: ${f(s.recall)}%; FB1: ${f(s.f1)}  ${s.predicted}`,
    );
  }
  return lines.join("\n");
}

function iob2Of(spans: readonly EntitySpan[], n: number): string[] {
  const tags = new Array<string>(n).fill("O");
  for (const sp of spans)
    for (let i = sp.start; i < sp.end; i++) tags[i] = `${i === sp.start ? "B" : "I"}-${sp.type}`;
  return tags;
}
