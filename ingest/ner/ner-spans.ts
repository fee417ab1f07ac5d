import type { EntitySpan } from "./ner-tag";
import { isEntityType } from "./ner-tag";

/** Entity spans of one sentence's tags (IOB1 or IOB2); see spansOfTags. */
export function nerSpans(words: readonly unknown[], tags: readonly string[]): EntitySpan[] {
  if (words.length !== tags.length) {
    throw new Error(`ner: ${words.length} words but ${tags.length} tags`);
  }
  return spansOfTags(tags);
}

/**
 * Chunks as conlleval reads them, so IOB1 and IOB2 both work: a chunk starts at B-X, or at I-X after O or after
 * a tag of another type; it ends before O, before B-, or at a change of type. Tags other than B-/I- with
 * PER/ORG/LOC/MISC count as O so that a foreign tag set cannot produce types the scorer does not know.
 */
export function spansOfTags(tags: readonly string[]): EntitySpan[] {
  const spans: EntitySpan[] = [];
  let open: EntitySpan | undefined;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i] ?? "O";
    const prefix = tag.startsWith("B-") ? "B" : tag.startsWith("I-") ? "I" : "O";
    const type = tag.slice(2);
    const inside = prefix !== "O" && isEntityType(type);
    const continues = inside && prefix === "I" && open !== undefined && open.type === type;
    if (open && !continues) {
      open.end = i;
      spans.push(open);
      open = undefined;
    }
    if (inside && !continues && isEntityType(type)) open = { start: i, end: i + 1, type };
  }
  if (open) {
    open.end = tags.length;
    spans.push(open);
  }
  return spans;
}
