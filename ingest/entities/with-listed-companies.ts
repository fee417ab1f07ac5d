import type { AnalyzedSentence } from "../extract/analyzed-sentence";
import type { EntitySpan } from "../ner/ner-tag";
import { legalForm } from "./company-suffix";

/**
 * `spans` with a name the NER ran over two listed companies split in two: "Chicago-based Coronet Insurance Co
 * and Sunstates Corp" came out as one organisation, which was then based in Chicago. A legal form, "and" or
 * "&", and a capitalised word is where one company ends and the next begins ("Smith, Harris and Co" keeps
 * its "and": no legal form comes before it).
 */
export function withListedCompanies(s: Pick<AnalyzedSentence, "words">, spans: EntitySpan[]): EntitySpan[] {
  if (!spans.some((sp) => sp.type === "ORG" && sp.end - sp.start > 3)) return spans;
  return spans.flatMap((sp) => {
    if (sp.type !== "ORG") return [sp];
    const parts: EntitySpan[] = [];
    let start = sp.start;
    for (let k = sp.start + 1; k < sp.end - 1; k++) {
      if (!/^(and|&)$/.test(s.words[k]!) || !legalForm.test(s.words[k - 1]!)) continue;
      if (!/^\p{Lu}/u.test(s.words[k + 1]!)) continue;
      parts.push({ start, end: k, type: "ORG" });
      start = k + 1;
    }
    if (parts.length === 0) return [sp];
    parts.push({ start, end: sp.end, type: "ORG" });
    return parts;
  });
}
