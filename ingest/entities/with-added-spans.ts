import type { EntitySpan } from "../ner/ner-tag";

/** `spans` with the spans a rule found beside the NER's, in sentence order (`spans` itself when none). */
export function withAddedSpans(spans: EntitySpan[], added: readonly EntitySpan[]): EntitySpan[] {
  return added.length === 0 ? spans : [...spans, ...added].sort((a, b) => a.start - b.start);
}

/** 1 for every token inside one of `spans`: where a rule must not find a name of its own. */
export function spanCover(spans: readonly EntitySpan[], length: number): Uint8Array {
  const covered = new Uint8Array(length);
  for (const sp of spans) covered.fill(1, sp.start, sp.end);
  return covered;
}
