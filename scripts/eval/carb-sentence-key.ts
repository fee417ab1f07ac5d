// CaRB's PTB bracket escapes; the key restores them before punctuation is deleted (so "-LRB-" does not leave "LRB").
const PTB_ESCAPES: readonly (readonly [string, string])[] = [
  ["(", "-LRB-"],
  [")", "-RRB-"],
  ["[", "-LSB-"],
  ["]", "-RSB-"],
  ["{", "-LCB-"],
  ["}", "-RCB-"],
];

// Python's string.punctuation.
const ASCII_PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;

/** The key CaRB matches gold and system sentences on: no spaces, brackets restored, ASCII punctuation deleted. */
export function carbSentenceKey(sentence: string): string {
  let key = sentence.replace(/ /g, "");
  for (const [plain, escaped] of PTB_ESCAPES) key = key.split(escaped).join(plain);
  return key.replace(ASCII_PUNCTUATION, "");
}
