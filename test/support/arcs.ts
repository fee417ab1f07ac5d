import type { Arc, TaggedWord, Upos } from "../../ingest/nlp/types";

/** Arcs written as "head label" pairs, 1-based heads as the parser gives them: "2 nsubj, 0 root". */
export function arcs(spec: string): Arc[] {
  return spec.split(",").map((pair) => {
    const [head, deprel] = pair.trim().split(" ");
    return { head: Number(head), deprel: deprel! };
  });
}

/** Tagged words with only their UPOS, for repairs that read no more. */
export function taggedUpos(upos: Upos[]): TaggedWord[] {
  return upos.map((u) => ({ upos: u, xpos: "", lemma: "" }));
}

/** One tagged word, for repairs that read the tags and lemma. */
export function taggedWord(upos: Upos, xpos: string, lemma = ""): TaggedWord {
  return { upos, xpos, lemma };
}
