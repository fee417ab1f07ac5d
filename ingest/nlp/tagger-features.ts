/** Feature extraction for the greedy POS tagger (after Honnibal's averaged-perceptron tagger). */

export interface TaggerContext {
  forms: readonly string[];
  lowers: readonly string[];
  shapes: readonly string[];
}

export function taggerContext(words: readonly string[]): TaggerContext {
  const forms = words.map(normalizeNumber);
  return { forms, lowers: forms.map((w) => w.toLowerCase()), shapes: words.map(wordShape) };
}

/** Numbers share a few forms so that "1,250" and "3.75" look alike to the tagger. */
function normalizeNumber(word: string): string {
  if (/^\d{4}$/.test(word)) return "!YEAR";
  if (/^[\d.,:/-]*\d[\d.,:/-]*$/.test(word)) return "!NUM";
  return word;
}

/** Xx, x.x, dd …: character classes with runs collapsed. */
export function wordShape(word: string): string {
  let shape = "";
  for (const ch of word.length > 12 ? word.slice(0, 6) + word.slice(-6) : word) {
    const c = /\p{Lu}/u.test(ch) ? "X" : /\p{Ll}/u.test(ch) ? "x" : /\d/.test(ch) ? "d" : ch;
    if (!shape.endsWith(c)) shape += c;
  }
  return shape;
}

// Plain functions, not closures: this runs for every word, and tsx wraps each closure it creates.
function at(ctx: TaggerContext, j: number): string {
  return ctx.lowers[j] ?? (j < 0 ? "-START-" : "-END-");
}

function suffix(ctx: TaggerContext, j: number): string {
  return (ctx.lowers[j] ?? "").slice(-3);
}

export function taggerFeatures(ctx: TaggerContext, i: number, prev: string, prev2: string): string[] {
  const l = ctx.lowers[i]!;
  const features = [
    "b",
    "w=" + ctx.forms[i],
    "l=" + l,
    "sh=" + ctx.shapes[i],
    "t1=" + prev,
    "t2=" + prev2,
    "t12=" + prev + " " + prev2,
    "t1l=" + prev + " " + l,
    "l-1=" + at(ctx, i - 1),
    "l-2=" + at(ctx, i - 2),
    "l+1=" + at(ctx, i + 1),
    "l+2=" + at(ctx, i + 2),
    "s-1=" + suffix(ctx, i - 1),
    "s+1=" + suffix(ctx, i + 1),
    "sh-1=" + (ctx.shapes[i - 1] ?? ""),
    "sh+1=" + (ctx.shapes[i + 1] ?? ""),
    "bl=" + at(ctx, i - 1) + " " + l,
    "lb=" + l + " " + at(ctx, i + 1),
    "t1l+1=" + prev + " " + at(ctx, i + 1),
  ];
  for (let n = 1; n <= 4 && n < l.length; n++) features.push(`s${n}=` + l.slice(-n));
  for (let n = 1; n <= 3 && n < l.length; n++) features.push(`p${n}=` + l.slice(0, n));
  if (i === 0) features.push("first=" + ctx.shapes[i]);
  if (l.includes("-")) features.push("hy");
  return features;
}
