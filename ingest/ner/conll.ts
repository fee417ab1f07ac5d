/** One line of a CoNLL-2003 file as read: the raw text and its whitespace-separated columns. */
export interface ConllLine {
  raw: string;
  /** Empty for blank lines. */
  columns: string[];
  kind: "token" | "blank" | "docstart";
}

/** A sentence of token lines plus the document it belongs to (counted by -DOCSTART- markers). */
export interface ConllSentence {
  words: string[];
  /** Last column of each token line when the file has at least two columns, else undefined. */
  gold: string[] | undefined;
  /** Index into the ConllLine array of each token, so predictions can be written back in place. */
  lineIndex: number[];
  document: number;
}

export interface ConllDocument {
  lines: ConllLine[];
  sentences: ConllSentence[];
}

export function readConll(text: string): ConllDocument {
  const lines: ConllLine[] = [];
  const sentences: ConllSentence[] = [];
  let current: ConllSentence | undefined;
  let document = 0;
  const rawLines = text.split(/\r?\n/);
  if (rawLines.length > 0 && rawLines[rawLines.length - 1] === "") rawLines.pop();
  for (const raw of rawLines) {
    const columns = raw.trim() === "" ? [] : raw.trim().split(/\s+/);
    const kind: ConllLine["kind"] =
      columns.length === 0 ? "blank" : columns[0] === "-DOCSTART-" ? "docstart" : "token";
    if (kind !== "token") {
      if (current) sentences.push(current);
      current = undefined;
      if (kind === "docstart") document++;
    } else {
      if (!current)
        current = { words: [], gold: columns.length > 1 ? [] : undefined, lineIndex: [], document };
      current.words.push(columns[0] ?? "");
      if (current.gold) current.gold.push(columns[columns.length - 1] ?? "O");
      current.lineIndex.push(lines.length);
    }
    lines.push({ raw, columns, kind });
  }
  if (current) sentences.push(current);
  return { lines, sentences };
}

/** The input lines with one more column on every token line; blank and -DOCSTART- lines unchanged. */
export function writeConllWithTags(
  doc: ConllDocument,
  tagsPerSentence: readonly (readonly string[])[],
): string {
  const extra = new Map<number, string>();
  doc.sentences.forEach((sentence, s) => {
    const tags = tagsPerSentence[s];
    if (!tags || tags.length !== sentence.words.length) {
      throw new Error(`ner: sentence ${s} has ${sentence.words.length} words but ${tags?.length ?? 0} tags`);
    }
    sentence.lineIndex.forEach((line, i) => extra.set(line, tags[i] ?? "O"));
  });
  const out: string[] = [];
  doc.lines.forEach((line, i) => {
    const tag = extra.get(i);
    out.push(tag === undefined ? line.raw : `${line.raw.trimEnd()} ${tag}`);
  });
  return out.join("\n") + "\n";
}

/** Sentences grouped by document, in order; the tagger uses the whole document for document-level features. */
export function groupByDocument(sentences: readonly ConllSentence[]): ConllSentence[][] {
  const docs: ConllSentence[][] = [];
  let last = -1;
  for (const sentence of sentences) {
    if (sentence.document !== last || docs.length === 0) {
      docs.push([]);
      last = sentence.document;
    }
    docs[docs.length - 1]!.push(sentence);
  }
  return docs;
}
