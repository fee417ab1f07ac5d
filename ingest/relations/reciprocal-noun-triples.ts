import type { AnalyzedSentence } from "../extract/analyzed-sentence";
import { hasCase } from "./argument-resolver";
import { clauseQualifiers } from "./clause-qualifiers";
import type { Add, SentenceContext } from "./extract-triples";
import { reciprocalNouns } from "./relation-vocabulary";

/**
 * "an accord between Nigeria and the Paris Club": a settlement between two named parties, wherever the noun
 * stands in the sentence, is a fact of their own, the first party's towards the second. Only names: "the
 * two sides", "the company and its creditors" need the story to say who.
 */
export function reciprocalNounTriples(s: AnalyzedSentence, ctx: SentenceContext, add: Add): void {
  for (let n = 0; n < s.words.length; n++) {
    const predicate = reciprocalNouns[s.lemmas[n]!];
    if (predicate === undefined || s.upos[n] !== "NOUN") continue;
    const first = (s.children[n] ?? []).find((k) => s.deprels[k] === "nmod" && hasCase(s, k, "between"));
    const second =
      first === undefined ? undefined : (s.children[first] ?? []).find((k) => s.deprels[k] === "conj");
    if (first === undefined || second === undefined) continue;
    const a = ctx.args.resolve(first, { asActor: true, concepts: "none" });
    const b = ctx.args.resolve(second, { asActor: true, concepts: "none" });
    if (a?.via !== "name" || b?.via !== "name") continue;
    // The noun's clause says whether the settlement holds: "did not reach an accord between …".
    const { polarity, modality } = clauseQualifiers(s, s.heads[n]! >= 0 ? s.heads[n]! : n);
    add(a, b, predicate, `${s.words[n]} between`, polarity, modality, 0.7, null);
  }
}
