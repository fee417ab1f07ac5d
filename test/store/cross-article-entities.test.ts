import { buildArticle } from "../../ingest/build-article";
import type { Entity, Extraction } from "../../ingest/extraction";
import { deleteAll } from "../../queries/delete-all";
import { createGraphStore, type GraphStore } from "../../store/graph-store";
import { slugify } from "../../ingest/slugify";
import { testConnection } from "../support/test-connection";

let store: GraphStore;

beforeAll(async () => {
  const connection = await testConnection();
  await deleteAll(connection.driver);
  store = createGraphStore(connection);
});
afterAll(() => store.close());

const person = (name: string): Entity => ({
  id: `person:${slugify(name)}`,
  name,
  type: "PERSON",
  aliases: [],
  mentions: 1,
});

/** An article in which `subject` called `object`. */
function article(id: string, subject: Entity, object: Entity): Extraction {
  const text = `${subject.name} called ${object.name}.`;
  return {
    article: buildArticle({ id, text }),
    sentenceCount: 1,
    entities: [subject, object],
    triples: [
      {
        article: id,
        subject,
        predicate: "CALLED",
        relation: "called",
        object,
        polarity: "positive",
        modality: "asserted",
        confidence: 0.9,
        sentence: text,
        sentenceIndex: 0,
        date: null,
        attribution: null,
      },
    ],
  };
}

const ids = async (): Promise<string[]> =>
  (await store.cypher("MATCH (p:Person) RETURN p.id AS id ORDER BY id", {})).rows.map((r) => String(r.id));

describe("one entity, one id across articles", () => {
  it("joins spelling variants and lone surnames to the stored entity, keeping the variant as an alias", async () => {
    await store.write([article("x1", person("Volodymyr Zelenskiy"), person("Donald Trump"))]);
    await store.write([article("x2", person("Volodymyr Zelensky"), person("Donald Trump"))]);
    await store.write([article("x3", person("Zelenskyy"), person("Trump"))]);
    expect(await ids()).toEqual(["person:donald-trump", "person:volodymyr-zelenskiy"]);
    const z = await store.entity("person:volodymyr-zelenskiy", 50);
    expect(z?.entity.aliases).toEqual(expect.arrayContaining(["Volodymyr Zelensky", "Zelenskyy"]));
    expect(z?.relations.filter((r) => r.predicate === "CALLED")).toHaveLength(3);
  });

  it("does not merge a lone surname shared by two different stored people", async () => {
    await store.write([article("y1", person("Anna Smith"), person("Donald Trump"))]);
    await store.write([article("y2", person("John Smith"), person("Donald Trump"))]);
    await store.write([article("y3", person("Smith"), person("Donald Trump"))]);
    expect(await ids()).toEqual(
      expect.arrayContaining(["person:anna-smith", "person:john-smith", "person:smith"]),
    );
  });
});
