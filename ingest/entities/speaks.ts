import type { AnalyzedSentence } from "../extract/analyzed-sentence";
import { speechVerbs } from "../relations/relation-vocabulary";
import type { Mention } from "./mention";

/**
 * Whether a mention is the active subject of a speech verb that reports something ("American Express said
 * it …", "…, the company said"): who speaks in a story usually goes on speaking, as "it" and "the company".
 * A speech verb reports when it governs a clause or is set beside one ("…, it said"); "the board declared a
 * dividend" reports nothing.
 */
export function speaks(m: Mention, s: AnalyzedSentence): boolean {
  if (s.deprels[m.head] !== "nsubj") return false;
  const verb = s.heads[m.head]!;
  if (verb < 0 || s.upos[verb] !== "VERB" || !speechVerbs.has(s.lemmas[verb]!)) return false;
  return (
    s.deprels[verb] === "parataxis" ||
    (s.children[verb] ?? []).some((k) => /^(ccomp|parataxis)$/.test(s.deprels[k]!))
  );
}
