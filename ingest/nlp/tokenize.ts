import { OTHER_ABBREVIATIONS, TITLE_ABBREVIATIONS } from "./abbreviations";
import type { Token } from "./types";

/** Characters split off the front of a word as their own token. */
const OPENERS = new Set(["(", "[", "{", "<", '"', "“", "‘", "'", "«", "„", "`"]);
/** Characters split off the end of a word as their own token. */
const CLOSERS = new Set([")", "]", "}", ">", '"', "”", "’", "'", "»", ",", ";", ":", "!", "?", "…"]);
/** Currency and similar signs that UD writes as a token of their own before a number. */
const PREFIX_SIGNS = new Set(["$", "€", "£", "¥", "#", "₴", "₽"]);
/** Hyphenated words whose first part is one of these stay whole, as in UD EWT ("e-mail", "non-stop"). */
const HYPHEN_PREFIXES = new Set([
  "e",
  "non",
  "pre",
  "re",
  "co",
  "anti",
  "post",
  "multi",
  "mid",
  "ex",
  "sub",
  "semi",
  "cross",
  "vice",
  "un",
  "inter",
  "intra",
  "pro",
  "x",
]);

/** A verb and its particle joined by a hyphen as one noun: "slow-down", "build-ups", "sell-off". */
export const PARTICLE_NOUN = /^\p{L}{2,8}-(?:down|up|out|off|over|back|away)(s?)$/iu;
const URL = /^(?:(?:https?|ftp):\/\/|www\.)\S+$/i;
const EMAIL = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/;
const DOMAIN = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|gov|edu|int|io|co\.uk|info)(?:\/\S*)?$/i;
const INITIALISM = /^(?:\p{L}\.)+\p{L}$/u;
const CLITIC = /(?:n['’]t|['’](?:s|re|ve|ll|d|m))$/i;
const ELLIPSIS = /\.{2,}$/;

interface Span {
  start: number;
  end: number;
}

/**
 * Splits text into UD-EWT-style tokens: clitics ('s, n't, 're …) and punctuation become tokens of their own,
 * while abbreviations, initials, numbers, URLs and e-mail addresses stay whole. Offsets are relative to
 * the text plus `offset` (so a caller can tokenize a slice of a larger document).
 */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(/\S+/gu)) {
    const start = match.index;
    for (const span of cachedSplitChunk(match[0])) {
      tokens.push({
        text: text.slice(start + span.start, start + span.end),
        start: offset + start + span.start,
        end: offset + start + span.end,
      });
    }
  }
  return tokens;
}

/**
 * Spans of the chunks seen lately. Splitting a chunk runs a dozen regular expressions and depends on the
 * chunk alone, and news repeats its words; the cache is cleared when full (frequent chunks return soon).
 */
const chunkSpans = new Map<string, readonly Span[]>();
const CHUNK_CACHE_SIZE = 50_000;

function cachedSplitChunk(chunk: string): readonly Span[] {
  let spans = chunkSpans.get(chunk);
  if (spans === undefined) {
    if (chunkSpans.size >= CHUNK_CACHE_SIZE) chunkSpans.clear();
    spans = splitChunk(chunk);
    chunkSpans.set(chunk, spans);
  }
  return spans;
}

/** True when a word ending in "." keeps its period: abbreviations, initials ("J."), initialisms ("U.S."). */
export function isAbbreviation(word: string): boolean {
  if (!word.endsWith(".") || word.length < 2) return false;
  // "D-N.Y.": the part after a hyphen decides.
  const core = word.slice(0, -1).split("-").pop()!;
  const lower = core.toLowerCase();
  if (TITLE_ABBREVIATIONS.has(lower) || OTHER_ABBREVIATIONS.has(lower)) return true;
  if (INITIALISM.test(core)) return true;
  return /^\p{Lu}$/u.test(core);
}

function splitChunk(chunk: string): Span[] {
  // An ellipsis inside a chunk is a token between two words: Reuters digests run their items together
  // as "yesterday...Pakistan rejected".
  const dash = /—|–|-{2,}|(?<=\p{L})(?:\.{2,}|…)(?=[\p{L}\d])/u.exec(chunk);
  if (dash && dash.index > 0 && !URL.test(chunk)) {
    const after = dash.index + dash[0].length;
    return [
      ...splitChunk(chunk.slice(0, dash.index)),
      { start: dash.index, end: after },
      ...(after < chunk.length
        ? splitChunk(chunk.slice(after)).map((s) => ({ start: s.start + after, end: s.end + after }))
        : []),
    ];
  }
  let lo = 0;
  let hi = chunk.length;
  const front: Span[] = [];
  const back: Span[] = [];

  // Peel openers and currency signs off the front.
  while (hi - lo > 1) {
    const c = chunk[lo]!;
    // "'90s" keeps its apostrophe.
    if (OPENERS.has(c) && !isClitic(chunk.slice(lo, hi)) && !/^['’]\d0s\b/.test(chunk.slice(lo, hi))) {
      front.push({ start: lo, end: lo + 1 });
      lo++;
    } else if (PREFIX_SIGNS.has(c) && /\d/.test(chunk[lo + 1] ?? "")) {
      front.push({ start: lo, end: lo + 1 });
      lo++;
    } else if (chunk.startsWith("--", lo) || c === "—" || c === "–") {
      const len = c === "-" ? dashRun(chunk, lo) : 1;
      front.push({ start: lo, end: lo + len });
      lo += len;
    } else break;
  }

  // URLs and e-mail addresses stay whole once surrounding punctuation is off.
  const bare = chunk.slice(lo, hi).replace(/[.,;:!?)\]}"'”’]+$/u, "");
  if (bare.length > 0 && (URL.test(bare) || EMAIL.test(bare) || DOMAIN.test(bare))) {
    const spans = [...front, { start: lo, end: lo + bare.length }];
    for (let i = lo + bare.length; i < hi; i++) spans.push({ start: i, end: i + 1 });
    return spans;
  }

  // Peel closers, sentence punctuation and ellipses off the back.
  while (hi - lo > 1) {
    const c = chunk[hi - 1]!;
    const core = chunk.slice(lo, hi);
    if (/^\.+$/.test(core)) break;
    const dots = ELLIPSIS.exec(core);
    if (dots && dots[0].length < core.length) {
      back.push({ start: hi - dots[0].length, end: hi });
      hi -= dots[0].length;
    } else if (CLOSERS.has(c) && !isClitic(core)) {
      back.push({ start: hi - 1, end: hi });
      hi--;
    } else if (c === "." && !isAbbreviation(core)) {
      back.push({ start: hi - 1, end: hi });
      hi--;
    } else if ((c === "%" || c === "—" || c === "–") && hi - lo > 1) {
      back.push({ start: hi - 1, end: hi });
      hi--;
    } else break;
  }

  const middle = splitCore(chunk.slice(lo, hi))
    .filter((s) => s.end > s.start)
    .map((s) => ({ start: s.start + lo, end: s.end + lo }))
    // "<New Jersey Zinc Exploration Co>'s": a bracket closed before a clitic is a token of its own.
    .flatMap((s) =>
      s.end - s.start > 1 && /[>)\]]/.test(chunk[s.end - 1]!)
        ? [
            { start: s.start, end: s.end - 1 },
            { start: s.end - 1, end: s.end },
          ]
        : [s],
    );
  return [...front, ...middle, ...back.reverse()];
}

function isClitic(word: string): boolean {
  return /^['’](?:s|re|ve|ll|d|m)$/i.test(word) || /^n['’]t$/i.test(word);
}

function dashRun(chunk: string, at: number): number {
  let i = at;
  while (chunk[i] === "-") i++;
  return i - at;
}

/** Splits a word without outer punctuation at dashes, between-letter hyphens and trailing clitics. */
function splitCore(core: string): Span[] {
  const spans: Span[] = [];
  let pieceStart = 0;
  let i = 0;
  while (i < core.length) {
    const c = core[i]!;
    let dashLen = 0;
    if (c === "—" || c === "–") dashLen = 1;
    else if (c === "-" && core[i + 1] === "-") dashLen = dashRun(core, i);
    else if (c === "-" && splitsAtHyphen(core, pieceStart, i)) dashLen = 1;
    // "for change.One of the first things": a full stop whose space the wire dropped.
    else if (
      c === "." &&
      /\p{Ll}{2}$/u.test(core.slice(pieceStart, i)) &&
      /^\p{Lu}\p{Ll}/u.test(core.slice(i + 1))
    )
      dashLen = 1;
    if (dashLen > 0 && i > pieceStart && i + dashLen < core.length) {
      spans.push(...splitClitic(core, pieceStart, i));
      spans.push({ start: i, end: i + dashLen });
      i += dashLen;
      pieceStart = i;
    } else i++;
  }
  spans.push(...splitClitic(core, pieceStart, core.length));
  return spans;
}

function splitsAtHyphen(core: string, pieceStart: number, at: number): boolean {
  const left = core.slice(pieceStart, at);
  const right = core[at + 1] ?? "";
  if (!/[\p{L}.]$/u.test(left) || !/\p{L}/u.test(right)) return false;
  // "slow-down", "build-up", "sell-off": a verb and its particle as one noun. Split, the particle is tagged
  // as one and the noun is lost ("criticised the slow - down in lending" parsed "down" as an adverb).
  if (PARTICLE_NOUN.test(core.slice(pieceStart))) return false;
  return !HYPHEN_PREFIXES.has(left.toLowerCase());
}

function splitClitic(core: string, start: number, end: number): Span[] {
  const word = core.slice(start, end);
  if (/^cannot$/i.test(word))
    return [
      { start, end: start + 3 },
      { start: start + 3, end },
    ];
  const m = CLITIC.exec(word);
  if (!m || m[0].length >= word.length) return [{ start, end }];
  const cut = end - m[0].length;
  return [
    { start, end: cut },
    { start: cut, end },
  ];
}
