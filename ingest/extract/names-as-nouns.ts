import type { NerTag } from "../ner/ner-tag";
import type { TaggedWord } from "../nlp/types";

/** A hashtag or a social-media handle: "#IStandWithAhmed", "@POTUS". */
export const handle = /^[#@]\p{L}[\p{L}\p{N}_]*$/u;

/**
 * "Twitter gave Mohamed the option": the tagger, trained on web text, reads a capitalised name ending in
 * -ed as a participle and the parser then builds the sentence around it. A capitalised word the tagger
 * calls a verb inside a person, organisation or place the NER found is a proper noun. Only verbs: the
 * NER's spans also hold titles and modifiers ("Federal Reserve Board Vice Chairman"), whose noun and
 * adjective tags are right (retagging every word of a span cost facts, docs/quality.md). A hashtag or a
 * handle names something too: "#IStandWithAhmed" had been read as a participle for its "-ed".
 */
export function namesAsNouns(
  words: readonly string[],
  tags: readonly TaggedWord[],
  ner: readonly NerTag[],
): TaggedWord[] {
  return tags.map((t, i) => {
    if (
      (t.upos === "VERB" && /^(B|I)-(PER|ORG|LOC)$/.test(ner[i] ?? "O") && /^\p{Lu}/u.test(words[i]!)) ||
      (t.upos !== "PROPN" && handle.test(words[i]!))
    )
      return { upos: "PROPN", xpos: "NNP", lemma: words[i]! };
    // "Moody's assigned a Ba-3 rating": inside a name the NER found, "'s" is the name's, not "is" making a
    // passive of the verb after it.
    if (/^['’]s$/i.test(words[i]!) && t.upos === "AUX" && ner[i] === "I-ORG")
      return { upos: "PART", xpos: "POS", lemma: "'s" };
    return t;
  });
}
