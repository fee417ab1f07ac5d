import type { NerTag } from "../ner/ner-tag";
import type { Arc, TaggedWord } from "../nlp/types";
import { subtreeSpans } from "./subtree-spans";

/**
 * `arcs` with coordinated subjects the parser left as sibling subjects joined again: "The central bank and
 * the finance ministry rejected the plan" came out as two `nsubj` of "rejected" with the "and" on the verb,
 * which UD never does (the second conjunct is a `conj` of the first, the "and" its `cc`), and readers of
 * the parse then take one subject or the other. Only adjacent phrases are joined: the first subject's
 * words end right before the "and", the second's start right after it. Two bare names are joined only
 * when the NER calls both people or places: "McAndrews and Forbes said it …" is one company.
 */
export function coordinatedSubjects(
  arcs: readonly Arc[],
  tags: readonly TaggedWord[],
  ner: readonly NerTag[] = [],
): readonly Arc[] {
  const heads = arcs.map((a) => a.head - 1);
  // Most sentences have no "and" between subjects: the spans are computed only for one that may.
  let spans: ReturnType<typeof subtreeSpans> | undefined;
  let out: Arc[] | undefined;
  for (let c = 1; c < arcs.length - 1; c++) {
    if (arcs[c]!.deprel !== "cc") continue;
    const verb = heads[c]!;
    if (verb <= c) continue;
    const { first, last } = (spans ??= subtreeSpans(heads));
    const a = heads.findIndex((h, k) => h === verb && k < c && last[k] === c - 1);
    const b = heads.findIndex((h, k) => h === verb && k > c && k < verb && first[k] === c + 1);
    if (a < 0 || b < 0) continue;
    const label = arcs[a]!.deprel;
    if (!label.startsWith("nsubj") || arcs[b]!.deprel !== label) continue;
    // "The policies of the EC and of the United States have caused": a prepositional phrase is no subject.
    if (heads.some((h, j) => h === b && arcs[j]!.deprel === "case" && tags[j]!.upos === "ADP")) continue;
    if (!nounPhrase(a) && !nounPhrase(b) && !(personOrPlace(a) && personOrPlace(b))) continue;
    out ??= arcs.map((x) => ({ ...x }));
    out[b] = { head: a + 1, deprel: "conj" };
    out[c] = { head: b + 1, deprel: "cc" };
  }
  // "floor traders and commission house representatives are guesstimating": the parser made "commission"
  // the conjunct and "house representatives" a second subject; the conjunct is that subject's first word.
  for (let c = 1; c < arcs.length - 1; c++) {
    const a = heads[c]!;
    if (arcs[c]!.deprel !== "conj" || a < 0 || tags[c]!.upos !== "NOUN") continue;
    const verb = heads[a]!;
    if (verb <= c || !arcs[a]!.deprel.startsWith("nsubj")) continue;
    const b = heads.findIndex((h, k) => h === verb && k > c + 1 && arcs[k]!.deprel === arcs[a]!.deprel);
    if (b < 0 || b > verb) continue;
    let chain = true;
    for (let k = c + 1; k < b; k++)
      if (arcs[k]!.deprel !== "compound" || heads[k]! <= k || heads[k]! > b) chain = false;
    if (!chain) continue;
    out ??= arcs.map((x) => ({ ...x }));
    for (let k = 0; k < arcs.length; k++)
      if (heads[k] === c && arcs[k]!.deprel === "cc") out[k] = { head: b + 1, deprel: "cc" };
    out[c] = { head: c + 2, deprel: "compound" };
    out[b] = { head: a + 1, deprel: "conj" };
  }
  return out ?? arcs;

  // A pronoun, or a noun phrase with a determiner or possessor: "the finance ministry", "its partner".
  function nounPhrase(k: number): boolean {
    return (
      tags[k]!.upos === "PRON" || heads.some((h, j) => h === k && /^(det|nmod:poss)$/.test(arcs[j]!.deprel))
    );
  }
  function personOrPlace(k: number): boolean {
    return tags[k]!.upos === "PROPN" && /-(PER|LOC)$/.test(ner[k] ?? "O");
  }
}
