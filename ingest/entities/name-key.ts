/**
 * A spelling-insensitive key for a name, so that one entity keeps one id across articles:
 * Zelenskiy / Zelensky / Zelenskyy / Zelenskyi, Al-Assad / al Assad, Müller / Muller share a key.
 * Deliberately conservative: it folds transliteration variants, not different names.
 */
export function nameKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’'`.]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .map(foldWord)
    .join(" ");
}

/** The key of a person's last name: how a lone surname in a later article finds the full name. */
export function surnameKey(name: string): string {
  const words = nameKey(name).split(" ");
  return words[words.length - 1] ?? "";
}

function foldWord(word: string): string {
  return word
    .replace(/(.)\1+/g, "$1")
    .replace(/(iy|yi|ii|yy|y|i)$/, "y")
    .replace(/ck/g, "k")
    .replace(/ph/g, "f");
}
