import type { Arc, TaggedWord } from "../nlp/types";
import { subtreeSpans } from "./subtree-spans";

/**
 * `arcs` with the subject of a coordinated clause given back to its verb: in "… to buy 5,456,000 shares at
 * 5.60 dlrs each, and Sonora will use 25.0 mln dlrs …" the parser conjoined "Sonora" to "dlrs" and left
 * "will use" without a subject. A noun or pronoun conjoined after "and" whose words end right where a
 * subjectless verb's own words (its auxiliary, or a finite verb itself) begin is that verb's subject; the verb joins the sentence
 * as a conjunct.
 */
export function strandedSubjects(arcs: readonly Arc[], tags: readonly TaggedWord[]): readonly Arc[] {
  const heads = arcs.map((a) => a.head - 1);
  // Computed for the first subjectless conjoined verb only: most sentences have none.
  let spans: ReturnType<typeof subtreeSpans> | undefined;
  let out: Arc[] | undefined;
  tags.forEach((tag, v) => {
    const relative = arcs[v]!.deprel === "acl:relcl";
    if (tag.upos !== "VERB" || !(relative || /^(parataxis|conj)$/.test(arcs[v]!.deprel))) return;
    const kids = heads.flatMap((h, k) => (h === v ? [k] : []));
    if (kids.some((k) => /^(nsubj|csubj|expl)/.test(arcs[k]!.deprel))) return;
    const aux = kids.filter((k) => k < v && arcs[k]!.deprel.startsWith("aux"));
    // ", and union leaders said they …": without an auxiliary, the verb itself must be finite.
    if (aux.length === 0 && !/^(VBD|VBZ|VBP)$/.test(tag.xpos)) return;
    const start = Math.min(v, ...aux);
    const { first, last } = (spans ??= subtreeSpans(heads));
    const noun = relative
      ? relativeHead(v, start, kids)
      : heads.findIndex((_, k) => k < start && last[k] === start - 1 && arcs[k]!.deprel === "conj");
    if (noun < 0 || arcs[noun]!.deprel !== "conj" || !/^(NOUN|PROPN|PRON)$/.test(tags[noun]!.upos)) return;
    // "the directors of Baker and Hughes have scheduled": a conjunct inside an "of" phrase is the subject's.
    if (arcs[heads[noun]!]?.deprel.startsWith("nmod")) return;
    // ", and Sonora": only punctuation before the "and" in the noun's words.
    const cc = heads.findIndex(
      (h, k) =>
        h === noun && arcs[k]!.deprel === "cc" && tags.slice(first[noun], k).every((t) => t.upos === "PUNCT"),
    );
    if (cc < 0) return;
    out ??= arcs.map((a) => ({ ...a }));
    out[noun] = { head: v + 1, deprel: "nsubj" };
    out[cc] = { head: v + 1, deprel: "cc" };
    // A relative clause hung on the noun joins the verb the noun was conjoined to.
    out[v] = { head: relative ? arcs[noun]!.head : arcs[v]!.head, deprel: "conj" };
  });
  return out ?? arcs;

  // ", and the Navy reportedly saved 200 more" parsed as a relative clause on "Navy": one with neither a
  // subject nor a relative word ("which", "who", "that"), right after its noun but for adverbs, is the
  // noun's own clause.
  function relativeHead(v: number, start: number, kids: readonly number[]): number {
    const noun = heads[v]!;
    if (noun < 0 || noun >= start || kids.some((k) => /^W/.test(tags[k]!.xpos) || tags[k]!.lemma === "that"))
      return -1;
    return tags.slice(noun + 1, start).every((t) => t.upos === "ADV") ? noun : -1;
  }
}
