import type { AnalyzedSentence } from "../extract/analyzed-sentence";
import type { EntitySpan } from "../ner/ner-tag";
import { endsFirmName } from "./company-suffix";

/** A word that may stand inside a company's parentheses: "(Australia)", "(U.K.)", "(Pte)", "(Holdings)". */
const bracketWord = /^(\p{Lu}[\p{L}.]*|\p{Lu}{2,})$/u;

/**
 * `spans` with a company whose name holds a place or a word in parentheses made one name: "GMAC (Australia)
 * Finance Ltd", "Goldman Sachs (Japan) Corp", "Hutchison Whampoa (Holdings) Ltd" came out of the NER as a
 * company, a place and a bare "Finance Ltd" or "Corp", which then spoke and acted on its own. A name right
 * before "(", one to three capitalised words, ")", then capitalised words ending in a company's legal form or
 * firm word, is one organisation.
 */
export function withParenthesizedNames(
  s: Pick<AnalyzedSentence, "words">,
  spans: EntitySpan[],
): EntitySpan[] {
  const merged: EntitySpan[] = [];
  for (let open = 1; open < s.words.length; open++) {
    if (s.words[open] !== "(") continue;
    const before = spans.find((sp) => sp.end === open && (sp.type === "ORG" || sp.type === "MISC"));
    const close = s.words.indexOf(")", open + 2);
    if (!before || close < 0 || close > open + 4) continue;
    if (!s.words.slice(open + 1, close).every((w) => bracketWord.test(w))) continue;
    let end = close + 1;
    while (end < s.words.length && end <= close + 4 && /^\p{Lu}/u.test(s.words[end]!)) {
      if (endsFirmName(s.words[end]!)) {
        merged.push({ start: before.start, end: end + 1, type: "ORG" });
        break;
      }
      end++;
    }
  }
  if (merged.length === 0) return spans;
  const inside = (sp: EntitySpan): boolean => merged.some((m) => sp.start >= m.start && sp.end <= m.end);
  return [...spans.filter((sp) => !inside(sp)), ...merged].sort((a, b) => a.start - b.start);
}
