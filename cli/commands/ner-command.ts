import { Command } from "commander";
import { existsSync, readFileSync, statSync } from "node:fs";
import { readConll, writeConllWithTags } from "../../ingest/ner/conll";
import { loadNerTagger } from "../../ingest/ner/ner-tagger";
import { tagConll } from "../../ingest/ner/tag-conll";

/** Why a CoNLL input cannot be tagged, or undefined when it can. */
export function nerInputProblem(path: string): string | undefined {
  if (!existsSync(path)) return `${path} not found`;
  if (!statSync(path).isFile()) return `${path} is not a file`;
  const bytes = readFileSync(path);
  if (bytes.length === 0) return `${path} is empty`;
  if (bytes.subarray(0, 8000).includes(0)) return `${path} looks binary, expected CoNLL-2003 text`;
  const doc = readConll(bytes.toString("utf8"));
  if (doc.sentences.length === 0) return `${path} has no token lines`;
  return undefined;
}

/** `newsgraph ner FILE.conll`: the input lines with the predicted IOB2 tag appended as one more column. */
export function nerCommand(): Command {
  return new Command("ner")
    .description(
      "tag a CoNLL-2003 file with named entities (prints each line plus a predicted IOB2 tag column)",
    )
    .argument("<file>", "CoNLL-2003 file: one token per line, first column the word")
    .option("--model <path>", "NER model file (default: models/ner.model.json.gz)")
    .action((file: string, opts: { model?: string }) => {
      const problem = nerInputProblem(file);
      if (problem) {
        process.stderr.write(`newsgraph ner: ${problem}\n`);
        process.exitCode = 1;
        return;
      }
      try {
        const tagger = opts.model ? loadNerTagger(opts.model) : loadNerTagger();
        const doc = readConll(readFileSync(file, "utf8"));
        process.stdout.write(writeConllWithTags(doc, tagConll(tagger, doc)));
      } catch (err: unknown) {
        process.stderr.write(`newsgraph ner: ${err instanceof Error ? err.message : String(err)}\n`);
        process.exitCode = 1;
      }
    });
}
