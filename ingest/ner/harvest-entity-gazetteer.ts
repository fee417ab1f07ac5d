import type { EntitySpan } from "./ner-tag";
import { normalizeWord } from "./normalize-word";
import type { PhraseGazetteer } from "./phrase-gazetteer";
import { addPhrase, createPhraseGazetteer } from "./phrase-gazetteer";

export interface LabelledSentence {
  words: readonly string[];
  spans: readonly EntitySpan[];
}

/**
 * Entity strings seen in labelled sentences with a type at least `minCount` times, as phrases labelled
 * "t:PER", "t:ORG"… An entity seen with several types gets each type that reaches the count.
 */
export function harvestEntityGazetteer(
  sentences: Iterable<LabelledSentence>,
  minCount: number,
): PhraseGazetteer {
  const counts = new Map<string, number>();
  for (const s of sentences) {
    for (const sp of s.spans) {
      const key = `${sp.type}\t${s.words.slice(sp.start, sp.end).map(normalizeWord).join(" ")}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const gaz = createPhraseGazetteer();
  for (const key of [...counts.keys()].sort()) {
    if (counts.get(key)! < minCount) continue;
    const [type, phrase] = key.split("\t") as [string, string];
    addPhrase(gaz, phrase.split(" "), `t:${type}`);
  }
  return gaz;
}

/** The gazetteer as text lines `label<TAB>phrase`, for the model file. */
export function gazetteerLines(gaz: PhraseGazetteer): string[] {
  const lines: string[] = [];
  for (const [phrase, labels] of gaz.phrases) for (const label of labels) lines.push(`${label}\t${phrase}`);
  return lines.sort();
}

export function gazetteerFromLines(lines: readonly string[]): PhraseGazetteer {
  const gaz = createPhraseGazetteer();
  for (const line of lines) {
    const tab = line.indexOf("\t");
    if (tab > 0) addPhrase(gaz, line.slice(tab + 1).split(" "), line.slice(0, tab));
  }
  return gaz;
}
