import type { Arc, TaggedWord } from "../nlp/types";
import { hasCycle } from "./has-cycle";

/**
 * `arcs` with a name the parser made a second subject joined to the common noun before it that describes it:
 * in "A shareholder group led by New York investor Robert Toussie told the SEC …" the parser made "Robert
 * Toussie" a subject of "told" beside "group", so Toussie told and reserved the right. A proper-noun
 * subject right after a lower-case noun inside the phrase of the verb's first subject is that noun's name:
 * it takes the noun's place in the phrase, and the noun describes it.
 */
export function describedNames(
  arcs: readonly Arc[],
  tags: readonly TaggedWord[],
  words: readonly string[],
): readonly Arc[] {
  let out: readonly Arc[] = arcs;
  tags.forEach((tag, name) => {
    const noun = name - 1;
    if (tag.upos !== "PROPN" || !out[name]!.deprel.startsWith("nsubj")) return;
    if (tags[noun]?.upos !== "NOUN" || !/^\p{Ll}/u.test(words[noun] ?? "")) return;
    // Only a noun in a phrase hung on the subject's own verb ("led by New York investor …"): a title that
    // is the subject's modifier ("Dean Witter analyst Karen Gibbs said") makes the name the subject instead.
    if (!/^obl/.test(out[noun]!.deprel)) return;
    const verb = out[name]!.head;
    const first = out.findIndex((a, k) => k < noun && a.head === verb && a.deprel.startsWith("nsubj"));
    if (first < 0 || !within(out, noun, first)) return;
    const repaired = out.map((a) => ({ ...a }));
    repaired[name] = { ...out[noun]! };
    repaired[noun] = { head: name + 1, deprel: "nmod:desc" };
    if (!hasCycle(repaired)) out = repaired;
  });
  return out;
}

/** Whether `k` is in the subtree of `root`. */
function within(arcs: readonly Arc[], k: number, root: number): boolean {
  for (let h = k, steps = 0; h >= 0 && steps <= arcs.length; h = arcs[h]!.head - 1, steps++)
    if (h === root) return true;
  return false;
}
