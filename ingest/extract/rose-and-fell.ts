import type { Arc, TaggedWord } from "../nlp/types";

/**
 * Positions of `form` ("rose" or "fell") the tagger did not read as a past tense: "Productivity in
 * manufacturing rose 2.7 pct", "Taiwan's textile exports fell by almost …". Trained on web text, where a
 * rose is a flower, it reads "rose" after a noun as one about one time in four in Reuters (and "fell" one
 * in ten), and the sentence loses its verb. Neither word is a participle, and news uses them as nouns only
 * after a determiner or an adjective ("a rose"); anywhere else, lower-case, they are the past tense of rise
 * and fall.
 */
export function roseAndFell(
  form: "rose" | "fell",
): (tags: readonly TaggedWord[], arcs: readonly Arc[], words: readonly string[]) => number[] {
  return (tags, _arcs, words) =>
    tags.flatMap((t, i) =>
      words[i] === form && t.xpos !== "VBD" && !/^(DT|PRP\$|JJ|JJR|JJS|POS)$/.test(tags[i - 1]?.xpos ?? "")
        ? [i]
        : [],
    );
}
