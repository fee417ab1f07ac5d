import type { DocumentStats } from "./document-stats";
import {
  CAP_ELSEWHERE,
  FIRST_OF_RUN,
  LAST_OF_RUN,
  LOWER_ELSEWHERE,
  isAllCapsSentence,
} from "./document-stats";
import { normalizeWord } from "./normalize-word";
import type { PhraseGazetteer } from "./phrase-gazetteer";
import { matchPhrases } from "./phrase-gazetteer";

/** Maps a feature string to its row in the weight table, or -1 when the model does not know it. */
export type FeatureLookup = (feature: string) => number;

/** Features of every token of a sentence, flattened: token i owns ids[offsets[i] .. offsets[i + 1]). */
export interface SentenceFeatures {
  ids: Int32Array;
  offsets: Int32Array;
}

export interface NerResources {
  /** Word (normalised) → cluster bit path. */
  clusters: Map<string, string>;
  /** Phrase lists: countries, capitals, demonyms, organisations, and entity strings harvested from training. */
  gazetteers: readonly PhraseGazetteer[];
  /**
   * Words that occur in some word-bigram feature of the model. A bigram with any other word cannot be a known
   * feature, so its string is never built; left out in training, where every bigram is new.
   */
  bigramWords?: ReadonlySet<string>;
  /**
   * Words (as written and lower-cased) that occur in some word feature of the model (`w=`, `l=`, and the
   * same of the neighbours). Any other word has none, so those strings are not built for it: most words
   * new to the extractor are rare and unknown to the model. Left out in training, where every feature is new.
   */
  featureWords?: ReadonlySet<string>;
}

const SLOTS = [-2, -1, 0, 1, 2] as const;
/** A feature id not looked up yet (lookups return −1 for unknown features). */
const UNSET = -2;

/** What the extractor remembers about one word type (raw form, in or out of an all-caps sentence). */
interface WordEntry {
  norm: string;
  lower: string;
  upper: string;
  /** Whether the lower-cased word occurs in some bigram feature (always true without a bigram list). */
  inBigrams: boolean;
  /** Ids of the bigram features with the word type before this one (l-1l0), by that word's entry. */
  afterWord: Map<WordEntry, number> | undefined;
  /** Ids of the bigram features with the word type after this one (l0l1), by that word's entry. */
  beforeWord: Map<WordEntry, number> | undefined;
  shortShape: string;
  hasLetter: boolean;
  capInitial: boolean;
  /** Feature ids of the word at each slot -2..2. */
  slots: Int32Array[];
  /** Emission scores of those features per slot (slot × labels + label), for `emissionOf`'s weights. */
  emission: Float64Array | undefined;
  emissionOf: EmissionWeights | undefined;
}

/** A weight table as the tagger holds it: row `id` is weights[id × labelCount …]. */
export interface EmissionWeights {
  weights: Float32Array | Float64Array;
  labelCount: number;
}

/** What the token-level features of a sentence depend on, computed once per sentence. */
interface SentenceContext {
  n: number;
  allCaps: boolean;
  perWord: WordEntry[];
  words: string[];
  lowers: string[];
  shapes: string[];
  extra: (number[] | undefined)[];
  doc: DocumentStats | undefined;
}
// About 1.3 kB a word type with its slot emissions: at most about 130 MB.
const CACHE_LIMIT = 100_000;

export function wordShape(word: string): string {
  let out = "";
  for (let i = 0; i < word.length && i < 12; i++) {
    const c = word.charCodeAt(i);
    out += c >= 65 && c <= 90 ? "X" : c >= 97 && c <= 122 ? "x" : c >= 48 && c <= 57 ? "d" : word[i];
  }
  return word.length > 12 ? out + "~" : out;
}

export function shortShape(shape: string): string {
  let out = "";
  for (const ch of shape) if (ch !== out[out.length - 1]) out += ch;
  return out;
}

function titleCase(word: string): string {
  return word.charAt(0) + word.slice(1).toLowerCase();
}

/**
 * Turns sentences into feature ids. Features of a word that depend only on the word (and on whether its
 * sentence is in capitals) are computed once per word type and cached as ids; the rest (bigrams, gazetteer
 * matches, document statistics, position) are built per token.
 */
export class NerFeatureExtractor {
  private readonly cache = new Map<string, WordEntry>();

  constructor(
    private readonly resources: NerResources,
    private readonly lookup: FeatureLookup,
  ) {}

  /** Word-type features of `word` seen at each relative slot -2..2. */
  private wordFeatures(raw: string, allCaps: boolean): WordEntry {
    const key = allCaps ? "\u0001" + raw : raw;
    const hit = this.cache.get(key);
    if (hit) return hit;
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    const word = normalizeWord(raw);
    const lower = word.toLowerCase();
    const shape = wordShape(word);
    const sshape = shortShape(shape);
    // In capitals the casing says nothing; look the word up in title case, the form names take elsewhere.
    const clusterForm = allCaps && /[A-Z]/.test(word) ? titleCase(word) : word;
    const cluster =
      this.resources.clusters.get(clusterForm) ??
      this.resources.clusters.get(word) ??
      this.resources.clusters.get(lower);
    const known = this.resources.featureWords;
    const wordKnown = !known || known.has(word);
    const lowerKnown = !known || known.has(lower);
    const slots: Int32Array[] = [];
    for (const k of SLOTS) {
      const f: string[] = [];
      if (k === 0) {
        if (wordKnown) f.push(`w=${word}`);
        if (lowerKnown) f.push(`l=${lower}`);
        f.push(`sh=${shape}`, `ss=${sshape}`);
        const n = Math.min(4, lower.length);
        for (let j = 1; j <= n; j++) f.push(`p${j}=${lower.slice(0, j)}`, `s${j}=${lower.slice(-j)}`);
        if (cluster !== undefined)
          f.push(
            `c4=${cluster.slice(0, 4)}`,
            `c6=${cluster.slice(0, 6)}`,
            `c10=${cluster.slice(0, 10)}`,
            `c=${cluster}`,
          );
        else f.push("c=?");
        if (word.includes("-")) f.push("hyph");
        if (/^[A-Z]\.$|^(?:[A-Z]\.)+[A-Z]?\.?$/.test(word)) f.push("initials");
      } else if (k === -1 || k === 1) {
        if (wordKnown) f.push(`w${k}=${word}`);
        if (lowerKnown) f.push(`l${k}=${lower}`);
        f.push(`ss${k}=${sshape}`);
        if (cluster !== undefined) f.push(`c${k}6=${cluster.slice(0, 6)}`, `c${k}=${cluster}`);
        f.push(`s${k}3=${lower.slice(-3)}`);
      } else {
        if (lowerKnown) f.push(`l${k}=${lower}`);
        f.push(`ss${k}=${sshape}`);
        if (cluster !== undefined) f.push(`c${k}6=${cluster.slice(0, 6)}`);
      }
      const ids: number[] = [];
      for (const s of f) {
        const id = this.lookup(s);
        if (id >= 0) ids.push(id);
      }
      slots.push(Int32Array.from(ids));
    }
    const entry: WordEntry = {
      norm: word,
      lower,
      upper: word.toUpperCase(),
      inBigrams: !this.resources.bigramWords || this.resources.bigramWords.has(lower),
      afterWord: undefined,
      beforeWord: undefined,
      shortShape: sshape,
      hasLetter: /[A-Za-z]/.test(word),
      capInitial: /^[A-Z]/.test(word),
      slots,
      emission: undefined,
      emissionOf: undefined,
    };
    this.cache.set(key, entry);
    return entry;
  }

  /**
   * Feature id of a feature made of two strings, memoised on the strings themselves: building and hashing a new
   * concatenated string per token is what made context features slow; existing strings carry their hash.
   */
  private pairId(table: Map<string, Map<string, number>>, a: string, b: string, make: () => string): number {
    let inner = table.get(a);
    if (!inner) {
      if (table.size >= CACHE_LIMIT) table.clear();
      inner = new Map();
      table.set(a, inner);
    }
    let id = inner.get(b);
    if (id === undefined) {
      id = this.lookup(make());
      inner.set(b, id);
    }
    return id;
  }

  private bigramId(ids: Map<WordEntry, number>, other: WordEntry, make: () => string): number {
    let id = ids.get(other);
    if (id === undefined) {
      id = this.lookup(make());
      ids.set(other, id);
    }
    return id;
  }

  private readonly leftPairs = new Map<string, Map<string, number>>();
  private readonly rightPairs = new Map<string, Map<string, number>>();
  private readonly shapeTriples = new Map<string, Map<string, Map<string, number>>>();
  private readonly gazetteerIds = new Map<string, Map<string, number>>();
  private readonly capsShapeIds = new Map<string, Map<string, number>>();
  private readonly fixedIds = new Map<string, number>();
  private readonly docIds: (number | undefined)[] = [];
  /** Scratch space for one sentence's feature ids, reused across sentences and copied out at the end. */
  private buffer: Int32Array = new Int32Array(4096);

  private grow(): Int32Array {
    const next = new Int32Array(this.buffer.length * 2);
    next.set(this.buffer);
    this.buffer = next;
    return next;
  }

  private fixed(feature: string): number {
    let id = this.fixedIds.get(feature);
    if (id === undefined) {
      id = this.lookup(feature);
      this.fixedIds.set(feature, id);
    }
    return id;
  }

  sentence(rawWords: readonly string[], doc?: DocumentStats): SentenceFeatures {
    const c = this.context(rawWords, doc);
    const n = c.n;
    const perWord = c.perWord;
    let ids: Int32Array = this.buffer;
    let len = 0;
    const offsets = new Int32Array(n + 1);
    const push = (id: number): void => {
      if (id < 0) return;
      if (len === ids.length) ids = this.grow();
      ids[len++] = id;
    };
    for (let i = 0; i < n; i++) {
      offsets[i] = len;
      for (let s = 0; s < SLOTS.length; s++) {
        const j = i + SLOTS[s]!;
        if (j < 0 || j >= n) {
          push(this.boundaryId(s));
          continue;
        }
        const f = perWord[j]!.slots[s]!;
        if (len + f.length > ids.length) ids = this.grow();
        ids.set(f, len);
        len += f.length;
      }
      this.tokenFeatures(c, i, push);
    }
    offsets[n] = len;
    return { ids: ids.slice(0, len), offsets };
  }

  /**
   * The emission scores of every token (token i, label y at i × labelCount + y) under fixed weights: the
   * same sums as over sentence()'s features, but each word type's slot features are summed once and cached.
   * The weights are float32 values summed in float64, exactly, so the order of the sum does not matter.
   */
  emissions(
    rawWords: readonly string[],
    doc: DocumentStats | undefined,
    table: EmissionWeights,
  ): Float64Array {
    const c = this.context(rawWords, doc);
    const n = c.n;
    const L = table.labelCount;
    const w = table.weights;
    const emit = new Float64Array(n * L);
    let base = 0;
    const push = (id: number): void => {
      if (id < 0) return;
      const row = id * L;
      for (let y = 0; y < L; y++) emit[base + y]! += w[row + y]!;
    };
    for (let i = 0; i < n; i++) {
      base = i * L;
      for (let s = 0; s < SLOTS.length; s++) {
        const j = i + SLOTS[s]!;
        if (j < 0 || j >= n) {
          push(this.boundaryId(s));
          continue;
        }
        const e = this.slotEmission(c.perWord[j]!, table);
        for (let y = 0, from = s * L; y < L; y++) emit[base + y]! += e[from + y]!;
      }
      this.tokenFeatures(c, i, push);
    }
    return emit;
  }

  private slotEmission(entry: WordEntry, table: EmissionWeights): Float64Array {
    if (entry.emissionOf === table && entry.emission) return entry.emission;
    const L = table.labelCount;
    const emission = new Float64Array(SLOTS.length * L);
    for (let s = 0; s < SLOTS.length; s++) {
      for (const id of entry.slots[s]!) {
        for (let y = 0; y < L; y++) emission[s * L + y]! += table.weights[id * L + y]!;
      }
    }
    entry.emission = emission;
    entry.emissionOf = table;
    return emission;
  }

  /**
   * Id of the bos/eos feature standing for slot s outside the sentence. Looked up on first use, as before
   * (in training, lookups number the features in order of appearance).
   */
  private boundaryId(s: number): number {
    let id = this.boundary[s]!;
    if (id === UNSET) {
      const k = SLOTS[s]!;
      id = this.fixed(k < 0 ? `bos${k}` : `eos${k}`);
      this.boundary[s] = id;
    }
    return id;
  }
  private readonly boundary: number[] = SLOTS.map(() => UNSET);
  private biasId = UNSET;
  private firstId = UNSET;

  private context(rawWords: readonly string[], doc: DocumentStats | undefined): SentenceContext {
    const n = rawWords.length;
    const allCaps = isAllCapsSentence(rawWords);
    const perWord = rawWords.map((w) => this.wordFeatures(w, allCaps));
    const words = perWord.map((e) => e.norm);
    const extra: (number[] | undefined)[] = new Array<number[] | undefined>(n);
    const addExtra = (i: number, id: number): void => {
      if (id < 0) return;
      const list = extra[i];
      if (list) list.push(id);
      else extra[i] = [id];
    };
    for (const gaz of this.resources.gazetteers) {
      for (const m of matchPhrases(gaz, words, allCaps)) {
        const len = m.end - m.start;
        for (let i = m.start; i < m.end; i++) {
          const pos = len === 1 ? "U" : i === m.start ? "B" : i === m.end - 1 ? "L" : "I";
          addExtra(
            i,
            this.pairId(this.gazetteerIds, m.label, pos, () => `g=${m.label}:${pos}`),
          );
        }
      }
      for (let i = 0; i < n; i++) {
        const labels = gaz.tokens.get(perWord[i]!.upper);
        if (labels)
          for (const label of labels)
            addExtra(
              i,
              this.pairId(this.gazetteerIds, label, "T", () => `g=${label}:T`),
            );
      }
    }
    const lowers = perWord.map((e) => e.lower);
    const shapes = perWord.map((e) => e.shortShape);
    return { n, allCaps, perWord, words, lowers, shapes, extra, doc };
  }

  /** Token i's features beyond its words' slot features: position, bigrams, shapes, gazetteers, document. */
  private tokenFeatures(c: SentenceContext, i: number, push: (id: number) => void): void {
    const { n, allCaps, perWord, words, lowers, shapes, doc } = c;
    if (this.biasId === UNSET) this.biasId = this.fixed("bias");
    push(this.biasId);
    if (i === 0) {
      if (this.firstId === UNSET) this.firstId = this.fixed("first");
      push(this.firstId);
    }
    const cur = lowers[i]!;
    const shape = shapes[i]!;
    if (allCaps) push(this.pairId(this.capsShapeIds, shape, "", () => `ac|ss=${shape}`));
    const prev = i > 0 ? lowers[i - 1]! : "<s>";
    const next = i + 1 < n ? lowers[i + 1]! : "</s>";
    const bw = this.resources.bigramWords;
    const entry = perWord[i]!;
    if (entry.inBigrams) {
      // Between two words, the ids hang on the word entries themselves: one lookup by identity instead of two
      // by string.
      if (i > 0) {
        const before = perWord[i - 1]!;
        if (before.inBigrams) {
          push(this.bigramId((entry.afterWord ??= new Map()), before, () => `l-1l0=${prev}|${cur}`));
        }
      } else if (!bw || bw.has(prev))
        push(this.pairId(this.leftPairs, prev, cur, () => `l-1l0=${prev}|${cur}`));
      if (i + 1 < n) {
        const after = perWord[i + 1]!;
        if (after.inBigrams) {
          push(this.bigramId((entry.beforeWord ??= new Map()), after, () => `l0l1=${cur}|${next}`));
        }
      } else if (!bw || bw.has(next))
        push(this.pairId(this.rightPairs, cur, next, () => `l0l1=${cur}|${next}`));
    }
    const ps = i > 0 ? shapes[i - 1]! : "<s>";
    const ns = i + 1 < n ? shapes[i + 1]! : "</s>";
    let byShape = this.shapeTriples.get(ps);
    if (!byShape) this.shapeTriples.set(ps, (byShape = new Map()));
    push(this.pairId(byShape, shape, ns, () => `ss3=${ps}|${shape}|${ns}`));
    const ex = c.extra[i];
    if (ex) for (const g of ex) push(g);
    if (doc && perWord[i]!.hasLetter) {
      const bits = doc.casing.get(cur) ?? 0;
      const unreliable = i === 0 || allCaps || words[i - 1] === '"' ? 1 : 0;
      const code = (bits & 15) * 4 + unreliable * 2 + (perWord[i]!.capInitial ? 1 : 0);
      let id = this.docIds[code];
      if (id === undefined) {
        const b =
          (bits & CAP_ELSEWHERE ? "C" : "-") +
          (bits & LOWER_ELSEWHERE ? "l" : "-") +
          (bits & FIRST_OF_RUN ? "f" : "-") +
          (bits & LAST_OF_RUN ? "e" : "-");
        id = this.lookup(`d=${b}|${unreliable ? "u" : "r"}${perWord[i]!.capInitial ? "C" : "c"}`);
        this.docIds[code] = id;
      }
      push(id);
    }
  }
}
