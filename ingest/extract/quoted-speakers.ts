import type { Arc, TaggedWord } from "../nlp/types";
import { subtreeSpans } from "./subtree-spans";

/** Verbs that put their speaker after them when a quote comes first: '"…," said Charles Stichler'. */
export const inversionVerbs: ReadonlySet<string> = new Set([
  "say",
  "add",
  "state",
  "comment",
  "explain",
  "note",
  "write",
  "continue",
]);

/**
 * `arcs` with the speaker of an inverted speech verb made its subject: in '"There might have been some
 * isolated storms, but certainly nothing damaging," said Charles Stichler' the parser made "storms" the
 * subject of "said" and the speaker its object. A speech verb right after a closing quote (and its comma)
 * whose object follows it directly and ends the sentence or its clause is said by that object; the subject
 * the parser found inside the quote is what was said.
 */
export function quotedSpeakers(arcs: readonly Arc[], tags: readonly TaggedWord[]): readonly Arc[] {
  let out: Arc[] | undefined;
  let spans: ReturnType<typeof subtreeSpans> | undefined;
  tags.forEach((tag, v) => {
    if (!inversionVerbs.has(tag.lemma.toLowerCase()) || !/^(VBD|VBZ|VBP)$/.test(tag.xpos)) return;
    if (!afterQuote(tags, v)) return;
    const kids = arcs.flatMap((a, k) => (a.head - 1 === v ? [k] : []));
    const subject = kids.find((k) => k < v && arcs[k]!.deprel.startsWith("nsubj"));
    const object = kids.find((k) => k > v && arcs[k]!.deprel === "obj");
    if (subject === undefined || object === undefined) return;
    if (!/^(NOUN|PROPN)$/.test(tags[object]!.upos)) return;
    const { first, last } = (spans ??= subtreeSpans(arcs.map((a) => a.head - 1)));
    // 'said Charles Stichler, an agronomist …' or '… said the company.': nothing of the sentence's own
    // follows the speaker but an apposition, so no clause after the verb could be what was said.
    const end = tags[last[object]! + 1];
    if (first[object] !== v + 1 || (end !== undefined && !/^[,.:;]$/.test(end.xpos))) return;
    out ??= arcs.map((a) => ({ ...a }));
    out[object] = { head: v + 1, deprel: "nsubj" };
    out[subject] = { head: v + 1, deprel: "ccomp" };
  });
  return out ?? arcs;
}

/** Whether the word before `v` closes a quote, or a comma does after a closing quote. */
function afterQuote(tags: readonly TaggedWord[], v: number): boolean {
  const before = tags[v - 1]?.xpos === "," ? v - 2 : v - 1;
  return tags[before]?.xpos === "''";
}
