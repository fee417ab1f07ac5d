/**
 * Words that name a kind of institution, not one: "the Association", "the Fund", "the Bank" stand for an
 * organisation the article names in full ("International Swap Dealers Association"), or for nothing an
 * analyst could look up.
 */
const genericWords = new Set([
  "association",
  "agency",
  "authority",
  "bank",
  "board",
  "bureau",
  "commission",
  "committee",
  "community",
  "company",
  "corporation",
  "council",
  "court",
  "department",
  "exchange",
  "fund",
  "group",
  "institute",
  "ministry",
  "office",
  "union",
]);

/** True for a one-word organisation name that only says what kind of institution it is. */
export function isGenericOrganizationName(name: string): boolean {
  return genericWords.has(name.toLowerCase());
}
