import type { Arc, TaggedWord } from "../nlp/types";
import { finiteTags, isFiniteClause } from "./finite-verbs";
import { inversionVerbs } from "./quoted-speakers";
import { subtreeSpans } from "./subtree-spans";

/**
 * `arcs` with the speaker of an inverted speech verb that closes the sentence made its subject: in "South
 * Africa must drive down its inflation rate …, said Volkskas Bank in its monthly economic review." the
 * parser conjoined "said" with the clause and made the bank its object, so South Africa spoke and the bank
 * was what it said. A speech verb without a subject, right after a comma and hung on the sentence's main
 * verb, whose object follows it at once and closes the sentence, is said by that object, and the clause
 * before it is what was said (UD's parataxis). The same after a closing quote is `quotedSpeakers`.
 */
export function invertedSpeakers(arcs: readonly Arc[], tags: readonly TaggedWord[]): readonly Arc[] {
  let out: Arc[] | undefined;
  tags.forEach((tag, v) => {
    if (!inversionVerbs.has(tag.lemma.toLowerCase()) || !/^(VBD|VBZ|VBP)$/.test(tag.xpos)) return;
    const head = arcs[v]!.head - 1;
    if (tags[v - 1]?.xpos !== "," || head < 0 || head > v || arcs[head]!.head !== 0) return;
    if (!/^(conj|parataxis)$/.test(arcs[v]!.deprel) || !isFiniteClause(arcs, tags, head)) return;
    const kids = arcs.flatMap((a, k) => (a.head - 1 === v ? [k] : []));
    if (kids.some((k) => /^(nsubj|csubj|ccomp)/.test(arcs[k]!.deprel))) return;
    const object = kids.find((k) => k > v && arcs[k]!.deprel === "obj");
    if (object === undefined || !/^(NOUN|PROPN)$/.test(tags[object]!.upos)) return;
    const { first, last } = subtreeSpans(arcs.map((a) => a.head - 1));
    if (first[object] !== v + 1) return;
    // "Pillsbury Corp, reporting lower earnings, said a strong performance … was offset": a finite verb
    // after the object makes it the subject of what was said, not a speaker.
    if (tags.slice(v + 1, last[object]! + 1).some((t) => finiteTags.test(t.xpos))) return;
    // Only the speaker, its description and where it spoke follow the verb: "… in its monthly review."
    if (kids.some((k) => k > v && k !== object && !/^(obl|punct|advmod)/.test(arcs[k]!.deprel))) return;
    out ??= arcs.map((a) => ({ ...a }));
    out[object] = { head: v + 1, deprel: "nsubj" };
    out[v] = { head: head + 1, deprel: "parataxis" };
  });
  return out ?? arcs;
}
