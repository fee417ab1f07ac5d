import { existsSync, readFileSync, statSync } from "node:fs";

import { Command } from "commander";

import { NewsgraphError } from "../../core/newsgraph-error";
import { loadDependencyParser } from "../../ingest/nlp/dependency-parser";
import { loadPosTagger } from "../../ingest/nlp/pos-tagger";
import { openieLines } from "../../ingest/openie/openie-lines";
import type { CliContext } from "../cli-context";

/** The sentences of a file, or a one-line reason why it cannot be read as text. */
export function readSentencesFile(path: string): string {
  if (!existsSync(path)) throw new NewsgraphError("bad_input", `${path} not found`);
  if (!statSync(path).isFile()) throw new NewsgraphError("bad_input", `${path} is not a file`);
  const bytes = readFileSync(path);
  if (bytes.subarray(0, 8000).includes(0))
    throw new NewsgraphError("bad_input", `${path} looks binary, expected one sentence per line`);
  return bytes.toString("utf8");
}

/** `newsgraph openie <sentences.txt|->`: CaRB's tabbed extractions, one per line, on stdout. */
export function openieCommand(ctx: CliContext): Command {
  return new Command("openie")
    .description(
      "open information extraction: reads one tokenized sentence per line and prints " +
        "sentence<TAB>confidence<TAB>relation<TAB>arg1<TAB>arg2… (CaRB format)",
    )
    .argument("<file>", "sentences, one per line, tokens separated by spaces; - for stdin")
    .action(async (file: string) => {
      const text = file === "-" ? await ctx.readStdin() : readSentencesFile(file);
      if (text.trim() === "")
        throw new NewsgraphError("bad_input", `${file === "-" ? "stdin" : file} is empty`);
      const tagger = loadPosTagger();
      const parser = loadDependencyParser();
      const lines = openieLines(text, {
        tag: (words) => tagger.tag(words),
        parse: (words, tags) => parser.parse(words, tags),
      });
      for (const line of lines) ctx.stdout.write(`${line}\n`);
    });
}
