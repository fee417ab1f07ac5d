import type { AnalyzedSentence } from "../extract/analyzed-sentence";
import { hasCase } from "./argument-resolver";

/** Nouns a "preferred" before them makes a class of security, not something anyone prefers. */
const securityNouns = /^(stock|stocks|shares?|dividends?|stockholders|shareholders|holders|issues?|equity)$/i;

/** Verbs of a figure going up or down, which move nothing: "Pepsico climbed 7/8 to 34-3/4 on 615,000 shares". */
const levelVerbs = new Set([
  "rise",
  "fall",
  "climb",
  "soar",
  "jump",
  "slip",
  "tumble",
  "slump",
  "plummet",
  "surge",
]);

/** Participles that place something rather than report an act: "Ship Shoal 80, located offshore Louisiana". */
const placingParticiples = new Set(["base", "locate", "situate"]);

/**
 * Whether verb `v` is a word the parser made a verb that states no one's act:
 * - a figure's move: "Hercules fell 2-1/4 to 59-1/4 on 595,000 shares", "cited rising non-performing loans"
 *   (what a figure does to nothing), unless something falls into a place;
 * - a level reached: "The increase brings the posted price to 17.50 dlrs", "will bring to 11,900 the number of
 *   workers laid off" (the change is no actor and the price or number no thing acted on);
 * - a placing participle without an auxiliary: "Paris-based DIM", "found gas on Ship Shoal 80, located
 *   offshore Louisiana" (where something is, not an act of the sentence's subject);
 * - "preferred" before a class of security: "Series C Junior Participating preferred stock".
 */
export function nonEvent(s: AnalyzedSentence, v: number): boolean {
  const lemma = s.lemmas[v]!;
  const kids = s.children[v] ?? [];
  if (lemma === "bring") return phrasesOf(s, v).some((k) => toAmount(s, k));
  // Only something falling into a place is an event: "a crane fell into the Grand Mosque".
  if (levelVerbs.has(lemma))
    return !phrasesOf(s, v).some((k) => hasCase(s, k, "into") || hasCase(s, k, "onto"));
  const auxiliary = kids.some((k) => s.deprels[k]!.startsWith("aux"));
  if (placingParticiples.has(lemma) && s.xpos[v] === "VBN" && !auxiliary) return true;
  return lemma === "prefer" && /^VB[ND]$/.test(s.xpos[v]!) && securityNouns.test(s.words[v + 1] ?? "");
}

/** The verb's prepositional phrases, also those hung on its object ("brought home sales to a level …"). */
function phrasesOf(s: AnalyzedSentence, v: number): number[] {
  const kids = s.children[v] ?? [];
  const objects = kids.filter((k) => s.deprels[k] === "obj");
  return [...kids, ...objects.flatMap((o) => s.children[o] ?? [])].filter((k) =>
    /^(obl|nmod)$/.test(s.deprels[k]!),
  );
}

/**
 * "to 17.50 dlrs", "to 11,900", "to a level 1.6 pct below January": a figure, not a recipient. The parser
 * may hang the "to" on the number ("to 17.50 dlrs/bbl").
 */
function toAmount(s: AnalyzedSentence, token: number): boolean {
  const figures = (s.children[token] ?? []).filter(
    (k) => s.xpos[k] === "CD" && /^(nummod|compound)$/.test(s.deprels[k]!),
  );
  if (s.xpos[token] === "CD" || /^level$/i.test(s.words[token]!)) return hasCase(s, token, "to");
  return figures.length > 0 && [token, ...figures].some((k) => hasCase(s, k, "to"));
}
