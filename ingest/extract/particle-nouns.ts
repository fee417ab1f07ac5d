import { PARTICLE_NOUN as particleNoun } from "../nlp/tokenize";
import type { TaggedWord } from "../nlp/types";

/**
 * The words the tagger and parser see for `words`: a hyphenated particle noun without its hyphen
 * ("slowdown", "buildup"), the spelling UD EWT has. They never saw the hyphenated word (EWT splits
 * hyphens), guessed from the particle ("the slow-down in lending" came out an adjective, the object was
 * lost) and let the guess spoil the neighbours' tags.
 */
export function modelWords(words: readonly string[]): readonly string[] {
  return words.some((w) => particleNoun.test(w))
    ? words.map((w) => (particleNoun.test(w) ? w.replace("-", "") : w))
    : words;
}

/** Noun tags for the particle nouns, whatever the tagger made of their joined spelling; lemmas keep the hyphen. */
export function particleNouns(words: readonly string[], tags: readonly TaggedWord[]): TaggedWord[] {
  return tags.map((t, i) => {
    const m = particleNoun.exec(words[i]!);
    if (!m) return t;
    const word = words[i]!.toLowerCase();
    return m[1]
      ? { upos: "NOUN", xpos: "NNS", lemma: word.slice(0, -1) }
      : { upos: "NOUN", xpos: "NN", lemma: word };
  });
}
