/**
 * Multi-word phrase lists matched over token sequences. Every phrase carries labels (e.g. "country",
 * "train:PER"); matching is exact, or on upper-cased tokens for all-caps headlines.
 */
export interface PhraseGazetteer {
  /** Phrase (tokens joined by a space) → labels. */
  phrases: Map<string, string[]>;
  /** Upper-cased phrase → labels, for all-caps text. */
  upper: Map<string, string[]>;
  /** Every proper prefix of a phrase (and of its upper-cased form), so matching stops as soon as none can match. */
  prefixes: Set<string>;
  maxLength: number;
  /** Upper-cased single token → labels of the multi-word phrases it occurs in ("t:PER" for "JOHN"). */
  tokens: Map<string, string[]>;
}

export interface PhraseMatch {
  start: number;
  end: number;
  label: string;
}

export function createPhraseGazetteer(): PhraseGazetteer {
  return { phrases: new Map(), upper: new Map(), prefixes: new Set(), maxLength: 0, tokens: new Map() };
}

export function addPhrase(gaz: PhraseGazetteer, tokens: readonly string[], label: string): void {
  if (tokens.length === 0) return;
  const put = (map: Map<string, string[]>, key: string): void => {
    const labels = map.get(key);
    if (!labels) map.set(key, [label]);
    else if (!labels.includes(label)) labels.push(label);
  };
  const key = tokens.join(" ");
  if (tokens.length > 1) for (const t of tokens) put(gaz.tokens, t.toUpperCase());
  put(gaz.phrases, key);
  put(gaz.upper, key.toUpperCase());
  for (let n = 1; n < tokens.length; n++) {
    const prefix = tokens.slice(0, n).join(" ");
    gaz.prefixes.add(prefix);
    gaz.prefixes.add(prefix.toUpperCase());
  }
  gaz.maxLength = Math.max(gaz.maxLength, tokens.length);
}

/** All matches (overlapping ones included) of the gazetteer's phrases in a token sequence. */
export function matchPhrases(
  gaz: PhraseGazetteer,
  words: readonly string[],
  allCaps: boolean,
): PhraseMatch[] {
  const map = allCaps ? gaz.upper : gaz.phrases;
  const matches: PhraseMatch[] = [];
  for (let i = 0; i < words.length; i++) {
    let key = "";
    for (let n = 1; n <= gaz.maxLength && i + n <= words.length; n++) {
      const w = words[i + n - 1]!;
      key = n === 1 ? w : `${key} ${w}`;
      const labels = map.get(key);
      if (labels) for (const label of labels) matches.push({ start: i, end: i + n, label });
      if (!gaz.prefixes.has(key)) break;
    }
  }
  return matches;
}

/** One gazetteer holding every phrase of the given ones with all their labels; matches are the union. */
export function mergePhraseGazetteers(gazetteers: readonly PhraseGazetteer[]): PhraseGazetteer {
  const merged = createPhraseGazetteer();
  for (const gaz of gazetteers) {
    for (const [phrase, labels] of gaz.phrases) {
      for (const label of labels) addPhrase(merged, phrase.split(" "), label);
    }
  }
  return merged;
}
