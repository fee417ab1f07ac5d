import type { AnalyzedSentence } from "../extract/analyzed-sentence";
import type { EntitySpan } from "../ner/ner-tag";
import { legalForm } from "./company-suffix";

/**
 * `spans` with a legal form the NER left untagged right after a name taken into it, the name a company's:
 * the NER read "Tanaka Kikinzoku KK" as a person "Tanaka Kikinzoku", whom a later "she said" then named.
 * No person's name ends in "KK", "Oy" or "Inc".
 */
export function withTrailingLegalForms(
  s: Pick<AnalyzedSentence, "words" | "ner">,
  spans: EntitySpan[],
): EntitySpan[] {
  return spans.map((sp) =>
    s.ner[sp.end] === "O" && legalForm.test(s.words[sp.end] ?? "")
      ? { start: sp.start, end: sp.end + 1, type: "ORG" }
      : sp,
  );
}
