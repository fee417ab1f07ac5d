import { clusterTable, lookupCluster } from "../../ingest/nlp/cluster-table";
import { taggerContext } from "../../ingest/nlp/tagger-features";

const table = clusterTable(["Moscow\t0110101", "said\t1010", "000\t111000", "don't\t0011"].join("\n"));

describe("word clusters for the tagger", () => {
  it("shares coarse prefixes between clusters on the same branch", () => {
    const moscow = lookupCluster(table, "Moscow")!;
    const said = lookupCluster(table, "said")!;
    expect(moscow).toHaveLength(3);
    // "0110101" and "1010" differ in the first four bits, so even the coarsest prefix differs.
    expect(moscow[0]).not.toBe(said[0]);
    // "said" is shorter than every prefix length: all three prefixes are the whole path.
    expect(said[0]).toBe(said[2]);
  });

  it("looks words up under the NER's cluster key, then lower-cased", () => {
    expect(lookupCluster(table, "123")).toEqual(lookupCluster(table, "000"));
    expect(lookupCluster(table, "don’t")).toEqual(lookupCluster(table, "don't"));
    expect(lookupCluster(table, "SAID")).toEqual(lookupCluster(table, "said"));
    // Only the lower-cased form is tried, not other casings.
    expect(lookupCluster(table, "MOSCOW")).toBeUndefined();
  });

  it("gives words without a cluster a zero in the tagger context", () => {
    const ctx = taggerContext(["Moscow", "said", "xyzzy"], table);
    expect(ctx.cluster).toHaveLength(3);
    expect(ctx.cluster[2]![0]).toBe(lookupCluster(table, "Moscow")![2]);
    expect(ctx.cluster[0]![2]).toBe(0);
    expect(taggerContext(["Moscow"]).cluster).toHaveLength(0);
  });
});
