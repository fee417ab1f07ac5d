import { spawn } from "node:child_process";
import { join } from "node:path";
import type { ArticleInput } from "../../ingest/extraction";
import { createExtractionPool, type ExtractionPool } from "../../ingest/pool/create-extraction-pool";
import { poolArticles } from "../fixtures/pool/pool-articles";
import { testExtractor } from "../support/test-extractor";

const fixtures = join(__dirname, "..", "fixtures", "pool");
const standIn = join(fixtures, "stand-in-worker.ts");

const articles = poolArticles;

// Not a string: buildArticle throws inside the extractor, in-process and in a worker alike.
const broken = { id: "broken", text: 42 } as unknown as ArticleInput;

describe("createExtractionPool with the real extractor", () => {
  let pool: ExtractionPool;
  beforeAll(async () => {
    pool = createExtractionPool({ workers: 2 });
    await pool.ready();
  });
  afterAll(() => pool.close());

  it("gives the same extractions as the extractor in-process, each for its own article", async () => {
    const pooled = await Promise.all(articles.map((a) => pool.extract(a)));
    const local = articles.map((a) => testExtractor().extract(a));
    expect(pooled.map((e) => e.article.id)).toEqual(["talks", "company", "visit"]);
    expect(pooled.some((e) => e.triples.length > 0)).toBe(true);
    // toEqual, not toStrictEqual: cloned objects are built in Node's realm, not in jest's test context.
    expect(pooled).toEqual(local);
    expect(JSON.stringify(pooled)).toBe(JSON.stringify(local));
    // Structured cloning keeps a triple's entity the same object as the one in the entity list.
    const first = pooled.find((e) => e.triples.length > 0)!;
    expect(first.entities).toContain(first.triples[0]!.subject);
  });

  it("rejects only the article the extractor throws on, with the extractor's message", async () => {
    const results = await Promise.allSettled(
      [articles[0]!, broken, articles[2]!].map((a) => pool.extract(a)),
    );
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    const expected = (() => {
      try {
        testExtractor().extract(broken);
      } catch (err) {
        return (err as Error).message;
      }
      return "did not throw";
    })();
    expect((results[1] as PromiseRejectedResult).reason).toEqual(new Error(expected));
  });

  it("fails to start with a missing model file, and says so for every article", async () => {
    const bad = createExtractionPool({
      workers: 2,
      modelPaths: { tagger: join(fixtures, "missing.json.gz") },
    });
    // Sent before any worker could fail: on its way to a worker, or still queued.
    const early = [bad.extract(articles[0]!), bad.extract(articles[1]!), bad.extract(articles[2]!)];
    for (const p of early) p.catch(() => undefined);
    await expect(bad.ready()).rejects.toThrow(/pool: an extraction worker could not start: .*missing/);
    for (const p of early) await expect(p).rejects.toThrow(/could not start/);
    await expect(bad.extract(articles[0]!)).rejects.toThrow(/could not start/);
    await bad.close();
  });
});

describe("createExtractionPool when a worker dies", () => {
  it.each(["exit", "throw"])(
    "rejects only the article its worker died on (%s) and carries on",
    async (kill) => {
      const pool = createExtractionPool({ workers: 1, workerFile: standIn });
      try {
        const texts = ["before", kill, "after", "later"];
        const results = await Promise.allSettled(texts.map((text) => pool.extract({ text })));
        expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled", "fulfilled"]);
        expect((results[1] as PromiseRejectedResult).reason).toEqual(
          new Error(
            kill === "exit"
              ? "pool: the extraction worker died on this article (exit code 3)"
              : "pool: the extraction worker died on this article (stand-in: thrown outside the extractor)",
          ),
        );
        expect(results.flatMap((r) => (r.status === "fulfilled" ? [r.value.article.text] : []))).toEqual([
          "before",
          "after",
          "later",
        ]);
      } finally {
        await pool.close();
      }
    },
  );

  it("close() rejects what is still queued and refuses new articles", async () => {
    const pool = createExtractionPool({ workers: 1, workerFile: standIn });
    const queued = [pool.extract({ text: "one" }), pool.extract({ text: "two" })].map((p) =>
      p.then(
        () => "extracted",
        (err: Error) => err.message,
      ),
    );
    await pool.close();
    expect(await Promise.all(queued)).toEqual([
      "pool: closed before this article was extracted",
      "pool: closed before this article was extracted",
    ]);
    await expect(pool.extract({ text: "three" })).rejects.toThrow(/closed/);
  });

  it("close() ends the worker threads: a process using the pool exits by itself", async () => {
    const run = await new Promise<{ code: number | null; stdout: string; stderr: string }>(
      (resolve, reject) => {
        const child = spawn(process.execPath, [
          "--require",
          require.resolve("tsx/cjs"),
          join(fixtures, "close-pool.ts"),
        ]);
        let stdout = "";
        let stderr = "";
        child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
        child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
        // A generous bound that only catches a hang: live workers would keep the process up forever.
        const hang = setTimeout(() => child.kill("SIGKILL"), 45000);
        child.on("error", reject);
        child.on("close", (code) => {
          clearTimeout(hang);
          resolve({ code, stdout, stderr });
        });
      },
    );
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe("extracted one, closed\n");
    expect(run.code).toBe(0);
  });
});
