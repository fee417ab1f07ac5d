import { OTHER_ABBREVIATIONS, SENTENCE_STARTERS, TITLE_ABBREVIATIONS } from "./abbreviations";
import { isAbbreviation, tokenize } from "./tokenize";
import type { Sentence, Token } from "./types";

const FINAL = /^(?:[.!?]+|…|\.{2,}|[!?][!?.]*)$/;
const ELLIPSIS = /^(?:…|\.{2,})$/;
/**
 * Reuters capitalises the word after an ellipsis that cuts a quote ("the procedure followed...Is less
 * favourable"): a verb, preposition or conjunction there goes on with the sentence.
 */
const CONTINUING =
  /^(?:Is|Are|Was|Were|Be|Been|Has|Have|Had|Will|Would|Can|Could|Should|May|Might|Must|Do|Does|Did|Of|To|In|For|And|Or|But|Than|That|With|By|At|On|As|From)$/;
const TRAILING_CLOSERS = new Set(['"', "”", "’", "'", ")", "]", "»"]);
const DASHES = new Set(["-", "--", "—", "–"]);
/** "MOSCOW, May 16 (Reuters) -": an upper-case place, an optional date, an optional agency, then a dash. */
const DATELINE =
  /^\p{Lu}[\p{Lu}.'’/&-]+(?:\s+\p{Lu}[\p{Lu}.'’/&-]+)*\s*(?:,[^()\n]{0,40})?(?:\(\s*[\p{L} .&]+\s*\))?\s*$/u;

/**
 * Splits raw text into tokenized sentences with offsets. Blank lines separate paragraphs, and no sentence
 * crosses one; a single line break ends a sentence only after a headline-like line.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const paragraph of paragraphs(text)) {
    const tokens = tokenize(paragraph.text, paragraph.start);
    let first = 0;
    const dateline = datelineEnd(text, tokens);
    for (let i = 0; i < tokens.length; i++) {
      let end = i;
      if (i === dateline) {
        // The dash closes the dateline.
      } else if (FINAL.test(tokens[i]!.text)) {
        while (
          end + 1 < tokens.length &&
          TRAILING_CLOSERS.has(tokens[end + 1]!.text) &&
          attached(tokens, end)
        )
          end++;
        if (!startsSentence(tokens[end + 1])) continue;
        if (ELLIPSIS.test(tokens[i]!.text) && CONTINUING.test(tokens[end + 1]?.text ?? "")) continue;
      } else if (!(endsAfterAbbreviation(tokens, i) || endsHeadline(text, tokens, first, i))) continue;
      sentences.push(makeSentence(text, tokens.slice(first, end + 1), sentences.length));
      first = end + 1;
      i = end;
    }
    if (first < tokens.length) sentences.push(makeSentence(text, tokens.slice(first), sentences.length));
  }
  return sentences;
}

interface Paragraph {
  text: string;
  start: number;
}

function paragraphs(text: string): Paragraph[] {
  const result: Paragraph[] = [];
  let start = 0;
  for (const m of text.matchAll(/\r?\n[ \t\r]*\n/g)) {
    result.push({ text: text.slice(start, m.index), start });
    start = m.index + m[0].length;
  }
  result.push({ text: text.slice(start), start });
  return result.filter((p) => p.text.trim().length > 0);
}

function attached(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return next !== undefined && next.start === tokens[i]!.end;
}

function startsSentence(next: Token | undefined): boolean {
  if (next === undefined) return true;
  return /^[\p{Lu}\d"“‘'([«¿¡-]/u.test(next.text);
}

/** "... in the U.S. The talks ..." ends a sentence; "Mr. Trump" and "U.S. President" do not. */
function endsAfterAbbreviation(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i]!.text;
  const next = tokens[i + 1];
  if (next === undefined || !isAbbreviation(word)) return false;
  const core = word.slice(0, -1).toLowerCase();
  if (TITLE_ABBREVIATIONS.has(core) && !OTHER_ABBREVIATIONS.has(core)) return false;
  return /^\p{Lu}/u.test(next.text) && SENTENCE_STARTERS.has(next.text.toLowerCase());
}

/** A line break after a headline ("RUSSIA AND UKRAINE HOLD TALKS", or a title-cased line) ends a sentence. */
function endsHeadline(text: string, tokens: readonly Token[], first: number, i: number): boolean {
  const next = tokens[i + 1];
  if (next === undefined || !text.slice(tokens[i]!.end, next.start).includes("\n")) return false;
  const lineStart = text.lastIndexOf("\n", tokens[i]!.start - 1) + 1;
  const lineTokens = tokens.slice(first, i + 1).filter((t) => t.start >= lineStart);
  const words = lineTokens.filter((t) => /\p{L}/u.test(t.text));
  if (words.length === 0) return false;
  const line = text.slice(lineTokens[0]!.start, tokens[i]!.end);
  if (!/\p{Ll}/u.test(line) && /\p{Lu}.*\p{Lu}/u.test(line)) return true;
  if (/[,;:\p{Ll}]$/u.test(tokens[i]!.text) && !/^\p{Lu}/u.test(tokens[i]!.text)) return false;
  const capitalised = words.filter((t) => /^[\p{Lu}\d]/u.test(t.text)).length;
  return words.length <= 15 && capitalised / words.length >= 0.6 && /^[\p{Lu}"“‘]/u.test(next.text);
}

/** Index of the dash ending a news dateline at the start of a paragraph, or -1. */
function datelineEnd(text: string, tokens: readonly Token[]): number {
  for (let i = 1; i < Math.min(tokens.length - 1, 14); i++) {
    if (!DASHES.has(tokens[i]!.text)) continue;
    // A hyphen inside a word ends no dateline: "M/A-Com Inc said".
    if (tokens[i]!.start === tokens[i - 1]!.end) return -1;
    return DATELINE.test(text.slice(tokens[0]!.start, tokens[i]!.start)) ? i : -1;
  }
  return -1;
}

function makeSentence(text: string, tokens: Token[], index: number): Sentence {
  const start = tokens[0]!.start;
  const end = tokens[tokens.length - 1]!.end;
  return { index, text: text.slice(start, end), start, end, tokens };
}
