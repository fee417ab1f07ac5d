import type { AnalyzedSentence } from "../extract/analyzed-sentence";
import { attached } from "../entities/find-mentions";

/** Units of money and measure: they quantify what follows and are never part of its name. */
export const measureWords = new Set([
  "dlrs",
  "dlr",
  "dollars",
  "dollar",
  "cts",
  "cents",
  "mln",
  "billion",
  "million",
  "trillion",
  "franc",
  "francs",
  "yen",
  "stg",
  "marks",
  "pounds",
  "guilder",
  "guilders",
  "lire",
  "lira",
  "peso",
  "pesos",
  "pesetas",
  "rand",
  "crowns",
  "kronor",
  "schillings",
  "ringgit",
  "rupees",
  "riyals",
  "baht",
  "percent",
  "pct",
]);

const ordinals = /^(first|second|third|fourth|fiscal)$/i;

const subjectPronouns = new Set(["i", "we", "you", "he", "she", "it", "they"]);

/**
 * The name of the common-noun phrase headed by `head`, lower-cased as written: its noun compounds with
 * their own modifiers and whole hyphenated words ("nine-day facility", "longer term forecast", "first
 * quarter results"), never a part cut off from the rest ("day facility", "term forecast"). Amounts and
 * units before the name are left out ("43.4 mln dlr contract" → "contract"), and so is anything the
 * phrase does not reach without a gap ("a record 25,559 contracts" → "contracts"). Undefined when the
 * head is a verb the tagger read as a plural noun ("it plans to …").
 */
export function conceptName(s: AnalyzedSentence, head: number): string | undefined {
  const word = s.words[head]!.toLowerCase();
  if (s.xpos[head] === "NNS" && subjectPronouns.has(s.words[head - 1]?.toLowerCase() ?? "")) return undefined;
  const inPhrase = new Set([head]);
  let start = head;
  for (let i = head - 1; i >= 0; i--) {
    const modifier = s.heads[i]!;
    const rel = s.deprels[i]!;
    const joinsHyphen = s.words[i] === "-" && attached(s, i, i + 1) && attached(s, i - 1, i);
    const partOfWord = attached(s, i, i + 1) && s.words[i + 1] === "-" && inPhrase.has(i + 1);
    const compound = rel === "compound" && inPhrase.has(modifier) && s.upos[i] === "NOUN";
    // Only a compound's own modifiers come along: an adjective on the head is not part of the name.
    const ofCompound =
      modifier !== head &&
      inPhrase.has(modifier) &&
      /^(amod|nummod|compound)$/.test(rel) &&
      s.upos[i] !== "PROPN";
    // "first quarter results": parsers hang the ordinal on the head, but it belongs to the compound.
    const ordinal = start < head && i === start - 1 && rel === "amod" && ordinals.test(s.words[i]!);
    if (!(joinsHyphen || partOfWord || compound || ofCompound || ordinal)) break;
    inPhrase.add(i);
    start = i;
  }
  for (let i = head - 1; i >= start; i--) {
    const w = s.words[i]!.toLowerCase();
    const standalone = !attached(s, i, i + 1) || s.words[i + 1] !== "-";
    if (measureWords.has(w) || (standalone && /\d/.test(w))) {
      start = i + 1;
      break;
    }
  }
  if (start === head) return word;
  const text = s.text.slice(s.tokens[start]!.start - s.start, s.tokens[head]!.end - s.start);
  return text.replace(/\s+/g, " ").toLowerCase();
}
