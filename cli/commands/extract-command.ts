import { Command, Option } from "commander";
import { readArticles } from "../../ingest/read-articles";
import { tripleToJson } from "../../ingest/triple-to-json";
import type { CliContext } from "../cli-context";

/** `newsgraph extract [--format jsonl] <path|->...`: one JSON object per triple on stdout. */
export function extractCommand(ctx: CliContext): Command {
  return new Command("extract")
    .description("extract entity–relation triples from articles and print them as JSON Lines")
    .argument("<paths...>", ".txt, .jsonl(.gz) files, folders, or - for stdin")
    .addOption(new Option("--format <format>", "output format").choices(["jsonl"]).default("jsonl"))
    .action(async (paths: string[]) => {
      const extractor = ctx.loadExtractor();
      for await (const input of readArticles(paths, ctx)) {
        const { triples } = extractor.extract(input);
        for (const t of triples) ctx.stdout.write(`${JSON.stringify(tripleToJson(t))}\n`);
      }
    });
}
