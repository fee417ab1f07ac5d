import type { Arc, TaggedWord } from "../nlp/types";

/**
 * `arcs` with two nouns joined by "and" before a third read as modifiers of it: in "announced a wage and
 * price freeze" the parser made "wage", "price" and "freeze" three objects, so the freeze was announced
 * three times over, twice cut. A singular noun, "and" or "or", a singular noun and right after it a noun
 * that the parser conjoined to the first without an "and" of its own: the last noun is the phrase's head,
 * the first its compound and the second conjoined to the first ("wheat and corn futures").
 */
export function coordinatedModifiers(arcs: readonly Arc[], tags: readonly TaggedWord[]): readonly Arc[] {
  let out: Arc[] | undefined;
  tags.forEach((tag, first) => {
    const [cc, second, last] = [first + 1, first + 2, first + 3];
    if (tag.xpos !== "NN" || tags[second]?.xpos !== "NN" || !/^(NN|NNS)$/.test(tags[last]?.xpos ?? ""))
      return;
    if (!/^(and|or)$/i.test(tags[cc]!.lemma)) return;
    const conjoined = (k: number) => arcs[k]!.deprel === "conj" && arcs[k]!.head === first + 1;
    if (!conjoined(second) || !conjoined(last)) return;
    if (arcs.some((a) => a.head === last + 1 && a.deprel === "cc")) return;
    out ??= arcs.map((a) => ({ ...a }));
    out[last] = { ...arcs[first]! };
    out[first] = { head: last + 1, deprel: "compound" };
    // The first noun's determiner and adjectives are the phrase's.
    arcs.forEach((a, k) => {
      if (a.head === first + 1 && k < first) out![k] = { ...a, head: last + 1 };
    });
  });
  return out ?? arcs;
}
