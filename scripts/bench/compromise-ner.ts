import nlp from "compromise";
import type { EntityType, NerTag } from "../../ingest/ner/ner-tag";

interface CompromiseMatch {
  offset?: { start: number; length: number };
}

/**
 * The popular JS baseline: compromise's people/places/organizations mapped to PER/LOC/ORG (compromise has no
 * MISC). Runs on one CoNLL sentence at a time, joined with spaces; matches are mapped back to tokens by
 * character offsets, with leading/trailing punctuation tokens dropped.
 */
export function compromiseTags(words: readonly string[]): NerTag[] {
  const tags: NerTag[] = words.map(() => "O");
  const starts: number[] = [];
  let pos = 0;
  for (const w of words) {
    starts.push(pos);
    pos += w.length + 1;
  }
  const doc = nlp(words.join(" "));
  const groups: [EntityType, CompromiseMatch[]][] = [
    ["PER", doc.people().json({ offset: true }) as CompromiseMatch[]],
    ["LOC", doc.places().json({ offset: true }) as CompromiseMatch[]],
    ["ORG", doc.organizations().json({ offset: true }) as CompromiseMatch[]],
  ];
  for (const [type, matches] of groups) {
    for (const m of matches) {
      if (!m.offset) continue;
      const from = m.offset.start;
      const to = from + m.offset.length;
      let first = -1;
      let last = -1;
      words.forEach((w, i) => {
        const s = starts[i]!;
        if (s < to && s + w.length > from && /[\p{L}\p{N}]/u.test(w)) {
          if (first < 0) first = i;
          last = i;
        }
      });
      if (first < 0 || tags.slice(first, last + 1).some((t) => t !== "O")) continue;
      for (let i = first; i <= last; i++) tags[i] = `${i === first ? "B" : "I"}-${type}`;
    }
  }
  return tags;
}
