import type { AnalyzedSentence } from "../extract/analyzed-sentence";
import { firstOfSubtree } from "./subtree";

/** Roles of a noun phrase that a later "it" can take up: what a clause is about, not a modifier's noun. */
const argumentRoles = /^(nsubj|nsubj:pass|obj|obl)$/;

/** "sold the plant and the stake": a conjunct of such a phrase is a candidate too. */
function argumentRole(s: AnalyzedSentence, t: number): boolean {
  const rel = s.deprels[t]!;
  return argumentRoles.test(rel) || (rel === "conj" && argumentRoles.test(s.deprels[s.heads[t]!] ?? ""));
}

/** Nouns of time and amount: "it" never takes up "the week" or "the rate" a clause is dated or measured by. */
const unlikelyThings =
  /^(time|day|week|month|year|quarter|period|weekend|today|yesterday|tomorrow|pct|percent|rate|level|share|price|cent|dlr|dollar|yen|mln|billion)$/i;

/**
 * The noun an object "it" takes up from earlier in its own sentence, when the entity rules left it
 * unresolved (they resolve "it" to organisations and places only): in "40,000 seamen decided to remain on
 * indefinite strike, even after the Higher Labour Court Saturday ruled it illegal", the strike. Only when
 * there is a single candidate: one singular common noun heading a subject, object or prepositional phrase
 * before the clause of "it" begins; the clause's own nouns are out ("a pronoun object is never its own
 * clause's subject"), and two candidates leave it unresolved.
 */
export function objectItAntecedent(s: AnalyzedSentence, it: number, verb: number): number | undefined {
  if (!/^it$/i.test(s.words[it]!) || s.upos[it] !== "PRON" || s.deprels[it] !== "obj") return undefined;
  if (notAnObject(s, it)) return undefined;
  const clauseStart = firstOfSubtree(s, verb);
  const candidates: number[] = [];
  for (let t = 0; t < clauseStart; t++) {
    if (s.upos[t] !== "NOUN" || s.xpos[t] !== "NN" || !argumentRole(s, t)) continue;
    if (unlikelyThings.test(s.lemmas[t]!)) continue;
    candidates.push(t);
  }
  return candidates.length === 1 ? candidates[0] : undefined;
}

const dateWord =
  /^(yesterday|today|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

/**
 * An "it" the parser made an object that is a recipient or the subject of what follows: "unless the FTC gives
 * it early approval" (a noun phrase follows), "companies expecting it to be there", "the court ruled it did
 * not meet the criteria". A word of time or an adjective alone is the object's complement: "ruled it illegal".
 */
function notAnObject(s: AnalyzedSentence, it: number): boolean {
  // "raised it yesterday": a word of time after "it" dates the act.
  if (dateWord.test(s.words[it + 1] ?? "")) return false;
  const next = s.xpos[it + 1] ?? "";
  if (/^(DT|PRP\$|CD|NNS?|NNPS?|TO|MD|VBD|VBZ|VBP)$/.test(next)) return true;
  return /^JJ/.test(next) && /^NN/.test(s.xpos[it + 2] ?? "");
}
