import type { Arc, TaggedWord } from "../nlp/types";

/** Nouns of a part of a company: what a participle after "… of COMPANY" says is held, bought or sold. */
const holdings: ReadonlySet<string> = new Set([
  "interest",
  "stake",
  "pct",
  "percent",
  "share",
  "stock",
  "holding",
]);

/**
 * `arcs` with a past participle that modifies the noun right before it given to that noun: in "the ending
 * of a trade ban imposed by Australian labor unions" the parser hung "imposed" on "ending". A passive
 * participle with its agent ("imposed by …") hung on a noun whose of-phrase ends with the noun right before the participle modifies that nearer
 * noun: the unions imposed the ban. A bare noun of a kind ("line of credit") is not that nearer noun.
 */
export function participleHosts(arcs: readonly Arc[], tags: readonly TaggedWord[]): readonly Arc[] {
  let out: Arc[] | undefined;
  arcs.forEach((arc, v) => {
    const host = arc.head - 1;
    const near = v - 1;
    if (arc.deprel !== "acl" || tags[v]!.xpos !== "VBN" || host < 0 || host >= near) return;
    // Only a passive modifier with its agent: "officials of the bank told Reuters" misread "told" as one.
    if (!arcs.some((a) => a.head - 1 === v && a.deprel === "obl:agent")) return;
    if (!/^(NOUN|PROPN)$/.test(tags[near]!.upos) || arcs[near]!.head - 1 !== host) return;
    // "the 50 pct interest of Cyanamid Fothergill Ltd held by Fothergill": the holding is what is held.
    if (holdings.has(tags[host]!.lemma.toLowerCase())) return;
    if (!arcs[near]!.deprel.startsWith("nmod")) return;
    const of = arcs.some((a, k) => a.head - 1 === near && a.deprel === "case" && tags[k]!.lemma === "of");
    // "a line of credit extended by Merrill", "a meeting of donors chaired by the World Bank": a bare noun
    // after "of" names a kind and makes one phrase with the noun before it, which the participle modifies.
    const modified = arcs.some((a) => a.head - 1 === near && a.deprel !== "case");
    if (!of || !(modified || tags[near]!.upos === "PROPN")) return;
    out ??= arcs.map((a) => ({ ...a }));
    out[v] = { head: near + 1, deprel: "acl" };
  });
  return out ?? arcs;
}
