import { testExtractor } from "./test-extractor";

/** What the shipped extractor finds in `text`, one "subject PREDICATE object" line per triple. */
export function tripleLines(text: string): string[] {
  return testExtractor()
    .extract({ text })
    .triples.map((t) => `${t.subject.name} ${t.predicate} ${t.object.name}`);
}
