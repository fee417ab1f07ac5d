import type { Arc, TaggedWord } from "../nlp/types";
import { subtreeSpans } from "./subtree-spans";

/**
 * `arcs` with a noun compound the parser split into two objects joined again: in "to make television tube
 * aperture masks" it read "television" as one object of "make" and "tube aperture masks" as a second. A
 * bare singular common noun — no words of its own — right before the words of another object of the same
 * verb, with nothing between, modifies that object's noun.
 */
export function splitCompounds(arcs: readonly Arc[], tags: readonly TaggedWord[]): readonly Arc[] {
  const heads = arcs.map((a) => a.head - 1);
  let out: Arc[] | undefined;
  let spans: ReturnType<typeof subtreeSpans> | undefined;
  arcs.forEach((arc, i) => {
    if (arc.deprel !== "obj" || tags[i]!.xpos !== "NN" || heads.includes(i)) return;
    // "makes data collection equipment" read as making data into equipment: a nominal xcomp is the same split.
    const second = heads.findIndex(
      (h, k) =>
        h === heads[i] &&
        k > i &&
        (arcs[k]!.deprel === "obj" || (arcs[k]!.deprel === "xcomp" && tags[k]!.upos === "NOUN")),
    );
    if (second < 0) return;
    const { first } = (spans ??= subtreeSpans(heads));
    if (first[second] !== i + 1 || !/^(NOUN|ADJ)$/.test(tags[i + 1]!.upos)) return;
    out ??= arcs.map((a) => ({ ...a }));
    out[i] = { head: second + 1, deprel: "compound" };
    out[second] = { head: arcs[second]!.head, deprel: "obj" };
  });
  return out ?? arcs;
}
