import { readFileSync, statSync } from "node:fs";

import { Command } from "commander";

import { annotateConllu, type ConlluAnnotators } from "../../ingest/nlp/annotate-conllu";
import { readConllu, writeConllu } from "../../ingest/nlp/conllu";
import { loadDependencyParser } from "../../ingest/nlp/dependency-parser";
import { loadPosTagger } from "../../ingest/nlp/pos-tagger";

/** Reads a CoNLL-U file's text, or throws a one-line reason for a missing, empty or binary file. */
export function readConlluFile(path: string): string {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new Error(`cannot read ${path}: no such file`);
  }
  if (size === 0) throw new Error(`${path} is empty`);
  const bytes = readFileSync(path);
  if (bytes.includes(0)) throw new Error(`${path} is a binary file, not CoNLL-U`);
  const text = bytes.toString("utf8");
  if (text.trim() === "") throw new Error(`${path} is empty`);
  return text;
}

/** CoNLL-U in, CoNLL-U out with predicted LEMMA, UPOS, XPOS, HEAD and DEPREL. */
export function parseConlluText(text: string, annotators: ConlluAnnotators): string {
  return writeConllu(readConllu(text).map((s) => annotateConllu(s, annotators)));
}

export function parseCommand(): Command {
  return new Command("parse")
    .description(
      "tag and parse a CoNLL-U file (gold tokenization) and print it with the predictions filled in",
    )
    .argument("<file>", "a .conllu file")
    .action((file: string) => {
      try {
        const text = readConlluFile(file);
        const annotators = { tagger: loadPosTagger(), parser: loadDependencyParser() };
        process.stdout.write(parseConlluText(text, annotators));
      } catch (error) {
        process.stderr.write(`newsgraph parse: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exitCode = 1;
      }
    });
}
