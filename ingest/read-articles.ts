import { createReadStream } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import { InputError } from "../core/newsgraph-error";
import { articleInputSchema, looksBinary } from "./article-input-schema";
import type { ArticleInput } from "./extraction";
import { parseTextArticle } from "./parse-text-article";

export interface ReadArticlesDeps {
  /** The whole of standard input, for the path "-". */
  readStdin: () => Promise<string>;
}

const articleExtensions = new Set([".txt", ".jsonl", ".gz"]);

/**
 * Articles from files, folders (every .txt/.jsonl/.jsonl.gz in them), or "-" for stdin, one at a time
 * so a corpus of any size streams. Bad input stops with an InputError naming the file and line.
 */
export async function* readArticles(
  paths: readonly string[],
  deps: ReadArticlesDeps,
): AsyncGenerator<ArticleInput> {
  if (paths.length === 0) throw new InputError("read: give at least one file, folder or - for stdin");
  for (const path of paths) {
    if (path === "-") {
      yield* fromStdin(await deps.readStdin());
      continue;
    }
    const info = await stat(path).catch(() => null);
    if (!info) throw new InputError(`read: ${path}: no such file or folder`);
    if (info.isDirectory()) {
      const names = (await readdir(path))
        .filter((n) => articleExtensions.has(extname(n)) && !n.startsWith("."))
        .sort();
      if (names.length === 0) throw new InputError(`read: ${path}: no .txt or .jsonl files in this folder`);
      for (const name of names) yield* fromFile(join(path, name));
    } else {
      yield* fromFile(path);
    }
  }
}

async function* fromFile(path: string): AsyncGenerator<ArticleInput> {
  if (path.endsWith(".jsonl") || path.endsWith(".jsonl.gz")) {
    yield* fromJsonLines(path, lines(path));
    return;
  }
  const buf = await readFile(path);
  if (buf.length === 0) throw new InputError(`read: ${path}: the file is empty`);
  const content = buf.toString("utf8");
  if (looksBinary(content)) throw new InputError(`read: ${path}: looks binary, not a text article`);
  const name = basename(path).replace(/\.[^.]+$/, "");
  yield validate(parseTextArticle(name, content), path);
}

function* fromStdin(content: string): Generator<ArticleInput> {
  if (content.trim().length === 0) throw new InputError("read: stdin is empty");
  const lines = content.split("\n").filter((l) => l.trim().length > 0);
  if (lines.every((l) => l.trimStart().startsWith("{"))) {
    let n = 0;
    for (const line of lines) yield parseJsonLine(line, "stdin", ++n);
    return;
  }
  yield validate(parseTextArticle("stdin", content), "stdin");
}

async function* fromJsonLines(path: string, source: AsyncIterable<string>): AsyncGenerator<ArticleInput> {
  let n = 0;
  let any = false;
  for await (const line of source) {
    n++;
    if (line.trim().length === 0) continue;
    any = true;
    yield parseJsonLine(line, path, n);
  }
  if (!any) throw new InputError(`read: ${path}: the file has no articles`);
}

function parseJsonLine(line: string, where: string, n: number): ArticleInput {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new InputError(`read: ${where}:${n}: not valid JSON; each line must be one article object`);
  }
  return validate(value, `${where}:${n}`);
}

function validate(value: unknown, where: string): ArticleInput {
  const parsed = articleInputSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue && issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
  throw new InputError(`read: ${where}: ${field}${issue?.message ?? "invalid article"}`);
}

function lines(path: string): AsyncIterable<string> {
  const raw = createReadStream(path);
  const input = path.endsWith(".gz") ? raw.pipe(createGunzip()) : raw;
  return createInterface({ input, crlfDelay: Infinity });
}
