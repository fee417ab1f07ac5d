import type { Arc, TaggedWord } from "../nlp/types";
import { subtreeSpans } from "./subtree-spans";

/**
 * `arcs` with a possessor the parser made a second subject given back to what it possesses: in "Olin Corp's
 * Olin Hunt Specialty Products Inc said" it made both companies subjects of "said", and the parent spoke. A
 * name subject whose words end in "'s" right before another subject of the same verb is that subject's
 * possessor.
 */
export function possessiveSubjects(arcs: readonly Arc[], tags: readonly TaggedWord[]): readonly Arc[] {
  const heads = arcs.map((a) => a.head - 1);
  let spans: ReturnType<typeof subtreeSpans> | undefined;
  let out: Arc[] | undefined;
  arcs.forEach((arc, a) => {
    // A name, not coordinated: "The government and employers' organisations have urged" keeps both.
    if (
      arc.deprel !== "nsubj" ||
      tags[a]!.upos !== "PROPN" ||
      arcs.some((x) => x.head - 1 === a && x.deprel === "conj")
    )
      return;
    const b = heads.findIndex((h, k) => k > a && h === heads[a] && arcs[k]!.deprel === "nsubj");
    if (b < 0) return;
    const { first, last } = (spans ??= subtreeSpans(heads));
    const end = last[a]!;
    if (tags[end]!.xpos !== "POS" || first[b] !== end + 1) return;
    out ??= arcs.map((x) => ({ ...x }));
    out[a] = { head: b + 1, deprel: "nmod:poss" };
  });
  return out ?? arcs;
}
