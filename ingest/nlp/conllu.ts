/** Reading and writing CoNLL-U (https://universaldependencies.org/format.html) without losing any line. */

export type ConlluLineKind = "comment" | "word" | "multiword" | "empty";

export interface ConlluLine {
  kind: ConlluLineKind;
  /** The line as read, for comments; the ten columns otherwise. */
  comment?: string;
  columns?: string[];
}

export interface ConlluSentence {
  lines: ConlluLine[];
}

/** The columns of a word line, by name. */
export interface ConlluWord {
  id: number;
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  head: number;
  deprel: string;
  deps: string;
  misc: string;
}

/** Parses CoNLL-U text into sentences (separated by blank lines). Throws on a malformed token line. */
export function readConllu(text: string): ConlluSentence[] {
  const sentences: ConlluSentence[] = [];
  let lines: ConlluLine[] = [];
  const flush = (): void => {
    if (lines.length > 0) sentences.push({ lines });
    lines = [];
  };
  const rows = text.split(/\r?\n/);
  rows.forEach((row, n) => {
    if (row.trim() === "") return flush();
    if (row.startsWith("#")) return void lines.push({ kind: "comment", comment: row });
    const columns = row.split("\t");
    if (columns.length !== 10) throw new Error(`conllu: line ${n + 1} has ${columns.length} columns, not 10`);
    const id = columns[0]!;
    const kind: ConlluLineKind = id.includes("-") ? "multiword" : id.includes(".") ? "empty" : "word";
    if (kind === "word" && !/^\d+$/.test(id)) throw new Error(`conllu: line ${n + 1} has a bad ID "${id}"`);
    lines.push({ kind, columns });
  });
  flush();
  return sentences;
}

/** Writes sentences back; reading and writing a file gives it back line for line (with a final newline). */
export function writeConllu(sentences: readonly ConlluSentence[]): string {
  return sentences
    .map(
      (s) =>
        s.lines.map((l) => (l.kind === "comment" ? l.comment! : l.columns!.join("\t"))).join("\n") + "\n\n",
    )
    .join("");
}

/** The word lines of a sentence (no comments, multiword tokens or empty nodes), typed. */
export function conlluWords(sentence: ConlluSentence): ConlluWord[] {
  return sentence.lines
    .filter((l) => l.kind === "word")
    .map((l) => {
      const c = l.columns!;
      return {
        id: Number(c[0]),
        form: c[1]!,
        lemma: c[2]!,
        upos: c[3]!,
        xpos: c[4]!,
        feats: c[5]!,
        head: c[6] === "_" ? -1 : Number(c[6]),
        deprel: c[7]!,
        deps: c[8]!,
        misc: c[9]!,
      };
    });
}

/** Fills columns of the word lines in order; `fill` returns the new values for the columns it names. */
export function fillConlluWords(
  sentence: ConlluSentence,
  fill: (index: number) => Partial<Record<"lemma" | "upos" | "xpos" | "head" | "deprel", string>>,
): ConlluSentence {
  const index: Record<string, number> = { lemma: 2, upos: 3, xpos: 4, head: 6, deprel: 7 };
  let w = 0;
  const lines = sentence.lines.map((l) => {
    if (l.kind !== "word") return l;
    const columns = [...l.columns!];
    for (const [key, value] of Object.entries(fill(w++))) {
      if (value !== undefined) columns[index[key]!] = value;
    }
    return { kind: l.kind, columns };
  });
  return { lines };
}
