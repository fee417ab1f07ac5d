import type { Arc, TaggedWord } from "../nlp/types";

/**
 * `arcs` with a passive the parser read as a copula: in "Tesoro Petroleum was asked by the NYSE about the
 * rise" it made "was" the copula of "asked" and Tesoro its active subject, so Tesoro did the asking. A past
 * participle with a copula "be" and an agent ("by the NYSE") is a passive: the copula is its passive
 * auxiliary and the subject its passive subject.
 */
export function copularPassives(arcs: readonly Arc[], tags: readonly TaggedWord[]): readonly Arc[] {
  let out: Arc[] | undefined;
  tags.forEach((tag, v) => {
    if (tag.xpos !== "VBN" || tag.upos !== "VERB") return;
    const kids = arcs.flatMap((a, k) => (a.head - 1 === v ? [k] : []));
    const copula = kids.find((k) => arcs[k]!.deprel === "cop" && tags[k]!.lemma.toLowerCase() === "be");
    if (copula === undefined || !kids.some((k) => arcs[k]!.deprel === "obl:agent")) return;
    out ??= arcs.map((a) => ({ ...a }));
    out[copula] = { head: v + 1, deprel: "aux:pass" };
    for (const k of kids) if (arcs[k]!.deprel === "nsubj") out[k] = { head: v + 1, deprel: "nsubj:pass" };
  });
  return out ?? arcs;
}
