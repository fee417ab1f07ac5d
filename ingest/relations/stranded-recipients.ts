import type { AnalyzedSentence } from "../extract/analyzed-sentence";
import { hasCase } from "./argument-resolver";
import { lastOfSubtree } from "./subtree";

/** Verbs that pass their object on to someone, named by a "to" phrase: "sold its unit to Deutz". */
const transferVerbs = new Set([
  "sell",
  "give",
  "return",
  "transfer",
  "hand",
  "pay",
  "lend",
  "grant",
  "award",
  "send",
  "offer",
  "supply",
  "deliver",
  "ship",
]);

/**
 * The "to" phrase a parser hung inside the object of a verb of transfer, when it ends the object: in "agreed
 * to sell part of its controls division to Enercon Data Corp" and "intends to return control over a
 * significant portion of the company's equity to the Taft family" the phrase went to "division" and
 * "equity", though a verb of transfer takes its recipient after its object however long that is. None when
 * the verb has a "to" phrase of its own, or the phrase counts an amount ("sell 5 to 10 pct").
 */
export function strandedRecipient(s: AnalyzedSentence, v: number, obj: number): number | undefined {
  if (!transferVerbs.has(s.lemmas[v]!)) return undefined;
  const own = (s.children[v] ?? []).some((k) => /^obl/.test(s.deprels[k]!) && hasCase(s, k, "to"));
  if (own) return undefined;
  const end = lastOfSubtree(s, obj);
  for (let t = obj + 1; t <= end; t++) {
    // "a bonus payment to corn farmers for any cropland they enrolled …, an aide to USDA Secretary Richard
    // Lyng said": past a verb the object's phrase has ended, whatever the parser made of it. (Found on a
    // Reuters misparse that sentences of ours do not reproduce.)
    if (s.upos[t] === "VERB") return undefined;
    if (s.deprels[t] !== "nmod" || !hasCase(s, t, "to") || lastOfSubtree(s, t) !== end) continue;
    return /^(NOUN|PROPN)$/.test(s.upos[t]!) ? t : undefined;
  }
  return undefined;
}
