const special = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * Turns what a person types into a Lucene query for the full-text index: every word must match,
 * as a prefix or within one edit ("zelensk", "Zelensky" both find Zelenskiy). Lucene syntax in the
 * input is escaped, so no input can make the query fail.
 */
export function toLuceneQuery(text: string): string {
  const words = text
    .normalize("NFKC")
    .split(/\s+/)
    .map((w) => w.replace(/[’']s$/i, "").replace(special, ""))
    .filter((w) => w.length > 0);
  return words
    .map((w) => {
      const lower = w.toLowerCase();
      return w.length >= 4 ? `(${lower}* OR ${lower}~1)` : `${lower}*`;
    })
    .join(" AND ");
}
