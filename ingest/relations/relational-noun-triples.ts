import type { AnalyzedSentence } from "../extract/analyzed-sentence";
import { hasCase } from "./argument-resolver";
import { clauseQualifiers } from "./clause-qualifiers";
import type { Add, SentenceContext } from "./extract-triples";
import { relationalNouns } from "./relation-vocabulary";
import { firstOfSubtree, lastOfSubtree } from "./subtree";

/**
 * "Mozilla Firefox, its main rival, …", "Acme Corp is Widget Inc's biggest supplier": a relational noun in
 * apposition to a name, or predicated of it, relates the name to the noun's possessor.
 */
export function relationalNounTriples(s: AnalyzedSentence, ctx: SentenceContext, add: Add): void {
  for (let n = 0; n < s.words.length; n++) {
    const predicate = relationalNouns[s.lemmas[n]!];
    if (predicate === undefined || s.upos[n] !== "NOUN") continue;
    const kids = s.children[n] ?? [];
    // "its main rival", "Airbus Industrie's biggest rival", "a major supplier of IBM".
    const owner =
      kids.find((k) => s.deprels[k] === "nmod:poss") ??
      kids.find((k) => s.deprels[k] === "nmod" && k > n && hasCase(s, k, "of"));
    if (owner === undefined) continue;
    const named =
      s.deprels[n] === "appos"
        ? s.heads[n]!
        : kids.some((k) => s.deprels[k] === "cop")
          ? kids.find((k) => s.deprels[k] === "nsubj")
          : undefined;
    if (named === undefined || named < 0 || !ctx.args.insideName(named)) continue;
    const subject = ctx.args.resolve(named, { asActor: true, concepts: "none" });
    const object = ctx.args.resolve(owner, { asActor: true, concepts: "none" });
    if (!subject || !object) continue;
    const { polarity, modality } = clauseQualifiers(s, n);
    const from = Math.min(
      firstOfSubtree(s, owner),
      ...kids.filter((k) => k < n && s.deprels[k] === "amod"),
      n,
    );
    const to = owner > n ? lastOfSubtree(s, owner) : n;
    const relation = s.text.slice(s.tokens[from]!.start - s.start, s.tokens[to]!.end - s.start);
    add(subject, object, predicate, relation, polarity, modality, 0.8, null);
  }
}
