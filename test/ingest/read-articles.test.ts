import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { InputError } from "../../core/newsgraph-error";
import type { ArticleInput } from "../../ingest/extraction";
import { readArticles } from "../../ingest/read-articles";

const noStdin = { readStdin: async () => "" };

async function collect(paths: string[], deps = noStdin): Promise<ArticleInput[]> {
  const out: ArticleInput[] = [];
  for await (const a of readArticles(paths, deps)) out.push(a);
  return out;
}

describe("readArticles", () => {
  it("reads a .txt article with its date/source header and names it after the file", async () => {
    const [article] = await collect(["samples/2025-05-17-istanbul-talks.txt"]);
    expect(article?.id).toBe("2025-05-17-istanbul-talks");
    expect(article?.date).toBe("2025-05-17");
    expect(article?.source).toBe("Reuters");
    expect(article?.text.startsWith("\nUkraine rallied support")).toBe(true);
  });

  it("reads JSON Lines, cutting timestamps to dates", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ng-read-"));
    const file = join(dir, "a.jsonl");
    await writeFile(
      file,
      [
        JSON.stringify({ id: "a1", title: "One", date: "1987-02-26T15:01:01", text: "Alpha met Beta." }),
        "",
        JSON.stringify({ id: "a2", text: "Gamma called Delta.", extra: 1 }),
        JSON.stringify({ id: "a3", date: "31-MAR-1987 605:12:19.12", text: "Newswire dates are read too." }),
      ].join("\n"),
    );
    const articles = await collect([file]);
    expect(articles.map((a) => a.id)).toEqual(["a1", "a2", "a3"]);
    expect(articles[0]?.date).toBe("1987-02-26");
    expect(articles[2]?.date).toBe("1987-03-31");
  });

  it.each([
    ["empty.txt", /the file is empty/],
    ["binary.txt", /looks binary/],
  ])("rejects %s with a clear message", async (name, message) => {
    await expect(collect([join("test/fixtures/articles", name)])).rejects.toThrow(message);
  });

  it("names the line of malformed JSON", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ng-read-"));
    const file = join(dir, "bad.jsonl");
    await writeFile(file, `${JSON.stringify({ text: "fine" })}\n{"text": "broken"\n`);
    await expect(collect([file])).rejects.toThrow(/bad\.jsonl:2: not valid JSON/);
  });

  it("rejects an article whose text is blank", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ng-read-"));
    const file = join(dir, "blank.jsonl");
    await writeFile(file, `${JSON.stringify({ id: "x", text: "   " })}\n`);
    await expect(collect([file])).rejects.toBeInstanceOf(InputError);
  });

  it("reads stdin as text, or as JSON Lines when every line is an object", async () => {
    const text = await collect(["-"], { readStdin: async () => "Alpha met Beta in Paris." });
    expect(text).toEqual([{ id: "stdin", text: "Alpha met Beta in Paris." }]);
    const lines = await collect(["-"], {
      readStdin: async () =>
        `${JSON.stringify({ id: "x", text: "A." })}\n${JSON.stringify({ id: "y", text: "B." })}\n`,
    });
    expect(lines.map((a) => a.id)).toEqual(["x", "y"]);
  });

  it("says which path does not exist", async () => {
    await expect(collect(["no/such/file.txt"])).rejects.toThrow(/no such file or folder/);
  });
});
