import { createApiClient } from "../../client/api-client";
import { ApiError } from "../../client/api-error";

/** A fetch that records the request and answers with a fixed status and body (no server involved). */
function answering(status: number, body: string) {
  const calls: Array<{ url: string; init: RequestInit | undefined }> = [];
  const fetchFn = (async (url: string, init?: RequestInit) => {
    calls.push({ url, init });
    return new Response(body, { status, headers: { "content-type": "application/json" } });
  }) as typeof fetch;
  return { calls, api: createApiClient({ fetch: fetchFn, baseUrl: "http://x" }) };
}

async function caught(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof ApiError) return err;
    throw err;
  }
  throw new Error("expected an ApiError");
}

describe("createApiClient", () => {
  it("builds the documented requests", async () => {
    const { calls, api } = answering(200, JSON.stringify({ results: [] }));
    await api.search("Zelenskiy & co", 5);
    expect(calls[0]!.url).toBe("http://x/api/search?q=Zelenskiy%20%26%20co&limit=5");

    const post = answering(201, JSON.stringify({ articleId: "a1", sentences: 2, entities: 3, relations: 1 }));
    const r = await post.api.ingestArticle({ text: "Ana met Tom.", title: "T" });
    expect(r).toEqual({ articleId: "a1", sentences: 2, entities: 3, relations: 1 });
    expect(post.calls[0]!.url).toBe("http://x/api/articles");
    expect(post.calls[0]!.init?.method).toBe("POST");
    expect(JSON.parse(String(post.calls[0]!.init?.body))).toEqual({ text: "Ana met Tom.", title: "T" });

    const entity = answering(200, JSON.stringify({ entity: { id: "a/b", name: "A" }, relations: [] }));
    await entity.api.entity("a/b");
    expect(entity.calls[0]!.url).toBe("http://x/api/entities/a%2Fb");
  });

  it("turns the server's error body into an ApiError with its code and message", async () => {
    const { api } = answering(
      400,
      JSON.stringify({ error: { code: "write_query", message: "cypher: the console is read-only" } }),
    );
    const err = await caught(api.cypher("CREATE (n)"));
    expect(err).toMatchObject({
      code: "write_query",
      status: 400,
      message: "cypher: the console is read-only",
    });
  });

  it("reports a non-JSON answer and a malformed one distinctly", async () => {
    const html = await caught(answering(502, "<html>Bad gateway</html>").api.graph());
    expect(html).toMatchObject({ code: "bad_response", status: 502 });
    const wrong = await caught(answering(200, JSON.stringify({ results: "nope" })).api.search("x"));
    expect(wrong.code).toBe("bad_response");
    expect(wrong.message).toContain("results: expected an array, got string");
  });

  it("reports a failed connection as a network error", async () => {
    const api = createApiClient({
      fetch: (async () => {
        throw new TypeError("fetch failed");
      }) as typeof fetch,
      baseUrl: "",
    });
    const err = await caught(api.health());
    expect(err).toMatchObject({ code: "network", status: 0 });
  });
});
