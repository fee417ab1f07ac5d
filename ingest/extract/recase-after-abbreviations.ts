/**
 * Words that name nothing on their own: function words, auxiliaries and the plain nouns wire copy puts after
 * a country ("U.S. officials", "U.K. exports"). None of them starts a name after "U.S." or "U.K." ("U.S.
 * Steel", "U.S. Trade Representative" and "U.K. Treasury" do, and keep their capitals).
 */
const plainWords = new Set([
  "and",
  "or",
  "but",
  "to",
  "in",
  "for",
  "on",
  "at",
  "by",
  "with",
  "from",
  "of",
  "as",
  "than",
  "that",
  "is",
  "are",
  "was",
  "were",
  "be",
  "been",
  "has",
  "have",
  "had",
  "will",
  "would",
  "could",
  "should",
  "may",
  "might",
  "must",
  "can",
  "did",
  "does",
  "do",
  "said",
  "says",
  "fell",
  "rose",
  "also",
  "now",
  "not",
  "officials",
  "official",
  "firms",
  "firm",
  "companies",
  "banks",
  "markets",
  "market",
  "exports",
  "imports",
  "sales",
  "bonds",
  "economy",
  "dollar",
  "dollars",
  "dlrs",
  "dlr",
  "cents",
  "currency",
  "pressure",
  "prices",
  "rates",
  "producers",
  "exporters",
  "importers",
  "farmers",
  "investors",
  "consumers",
]);

const afterAbbreviation = /\b(U\.S\.|U\.K\.) (\p{Lu}\p{Ll}+)\b/gu;

/**
 * `text` with the capital taken off a plain word right after "U.S." or "U.K." ("The U.K. Will ship …", "in
 * the U.S. Has increased", "U.S. Officials said"). Reuters' copy capitalises the word after these
 * abbreviations, as if a sentence ended there: the splitter then ended one, and the NER read "U.K. Will" as
 * a name. Only letters change case, so every offset stays where it was.
 */
export function recaseAfterAbbreviations(text: string): string {
  return text.replace(afterAbbreviation, (whole, abbreviation: string, word: string) =>
    plainWords.has(word.toLowerCase()) ? `${abbreviation} ${word.toLowerCase()}` : whole,
  );
}
