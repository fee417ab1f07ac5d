import type { CypherNode, CypherRelationship } from "../../client/api-types";
import { cypherResultView, formatCypherValue } from "../../client/cypher-result-view";
import { parseCypherResponse } from "../../client/parse-wire";

const ana: CypherNode = {
  kind: "node",
  id: "4:db:1",
  labels: ["Entity"],
  properties: { id: "person:ana-lima", name: "Ana Lima", type: "PERSON", mentions: 5 },
};
const council: CypherNode = {
  kind: "node",
  id: "4:db:2",
  labels: ["Entity"],
  properties: { id: "org:harbour-council", name: "Harbour Council", type: "ORGANIZATION", mentions: 4 },
};
const article: CypherNode = {
  kind: "node",
  id: "4:db:9",
  labels: ["Article"],
  properties: { title: "Budget day" },
};
const leads: CypherRelationship = {
  kind: "relationship",
  id: "5:db:1",
  type: "LEADS",
  start: ana.id,
  end: council.id,
  properties: { relation: "chairs", polarity: "negative" },
};

describe("formatCypherValue", () => {
  it("writes graph elements the way Neo4j Browser does and scalars as they are", () => {
    expect(formatCypherValue(ana)).toBe('(:Entity "Ana Lima")');
    expect(formatCypherValue(article)).toBe('(:Article "Budget day")');
    expect(formatCypherValue(leads)).toBe("[:LEADS]");
    expect(formatCypherValue({ kind: "path", nodes: [ana, council], relationships: [leads] })).toBe(
      '(:Entity "Ana Lima")-[:LEADS]->(:Entity "Harbour Council")',
    );
    expect(formatCypherValue({ kind: "path", nodes: [council, ana], relationships: [leads] })).toBe(
      '(:Entity "Harbour Council")<-[:LEADS]-(:Entity "Ana Lima")',
    );
    expect(formatCypherValue([1, "a", null, true])).toBe("[1, a, null, true]");
    expect(formatCypherValue({ n: 2, names: ["x"] })).toBe("{n: 2, names: [x]}");
  });
});

describe("cypherResultView", () => {
  it("gives a table and, when the result has nodes, a graph with entity ids", () => {
    const res = parseCypherResponse({
      columns: ["a", "r", "b", "art"],
      rows: [{ a: ana, r: leads, b: council, art: article }],
      truncated: false,
      graph: {
        attributes: {},
        options: { type: "directed", multi: true, allowSelfLoops: true },
        nodes: [ana, council, article].map((n) => ({
          key: n.id,
          attributes: {
            label: String(n.properties.name ?? n.properties.title),
            type: "x",
            labels: n.labels,
            properties: n.properties,
          },
        })),
        edges: [
          {
            key: leads.id,
            source: ana.id,
            target: council.id,
            attributes: { predicate: "LEADS", properties: leads.properties },
          },
        ],
      },
    });
    const view = cypherResultView(res);
    expect(view.table.columns).toEqual(["a", "r", "b", "art"]);
    expect(view.table.rows).toEqual([
      ['(:Entity "Ana Lima")', "[:LEADS]", '(:Entity "Harbour Council")', '(:Article "Budget day")'],
    ]);
    expect(view.graph?.nodes.map((n) => n.attributes.label)).toEqual([
      "Ana Lima",
      "Harbour Council",
      "Budget day",
    ]);
    expect(view.graph?.nodes[0]!.attributes.mentions).toBe(5);
    expect(view.graph?.edges[0]!.attributes).toMatchObject({
      predicate: "LEADS",
      relation: "chairs",
      polarity: "negative",
    });
    expect(view.entityIds.get(ana.id)).toBe("person:ana-lima");
    expect(view.entityIds.has(article.id)).toBe(false);
    expect(view.summary).toBe("1 row · 3 nodes · 1 relationships");
  });

  it("is a table only when the result has no nodes", () => {
    const view = cypherResultView(
      parseCypherResponse({
        columns: ["name", "mentions"],
        rows: [
          { name: "Ana Lima", mentions: 5 },
          { name: "Tom Reyes", mentions: 3 },
        ],
        truncated: true,
        graph: { attributes: {}, options: {}, nodes: [], edges: [] },
      }),
    );
    expect(view.graph).toBeNull();
    expect(view.table.rows).toEqual([
      ["Ana Lima", "5"],
      ["Tom Reyes", "3"],
    ]);
    expect(view.summary).toBe("2 rows (truncated)");
  });

  it("shows a missing column value as null and clips very long cells", () => {
    const view = cypherResultView(
      parseCypherResponse({ columns: ["a", "b"], rows: [{ a: "x".repeat(1000) }], truncated: false }),
    );
    expect(view.table.rows[0]![1]).toBe("null");
    expect(view.table.rows[0]![0]!.length).toBe(300);
    expect(view.table.rows[0]![0]!.endsWith("…")).toBe(true);
  });
});
