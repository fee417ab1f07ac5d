import type { ManagedTransaction } from "neo4j-driver";

export interface EntityKeyRow {
  id: string;
  type: string;
  nameKey: string;
  /** Only for a one-word person name: the key a full name's last word would have. */
  surnameKey: string | null;
}

/**
 * For each new entity, the id of the stored entity it is: same type and spelling-folded name
 * (Zelensky = Zelenskiy), else, for a lone surname, the one stored person with that surname. Two
 * stored people sharing the surname match neither: a wrong merge is worse than a duplicate.
 */
export const matchKnownEntitiesCypher = `
UNWIND $rows AS row
OPTIONAL MATCH (k:Entity {nameKey: row.nameKey})
WHERE k.type = row.type AND k.id <> row.id
WITH row, k ORDER BY k.mentions DESC
WITH row, collect(k.id)[0] AS byKey
CALL (row, byKey) {
  OPTIONAL MATCH (p:Person {surnameKey: row.surnameKey})
  WHERE byKey IS NULL AND row.surnameKey IS NOT NULL AND p.id <> row.id
  RETURN collect(DISTINCT p.id) AS bySurname
}
RETURN row.id AS id, coalesce(byKey, CASE WHEN size(bySurname) = 1 THEN bySurname[0] END) AS known`;

export async function matchKnownEntities(
  tx: ManagedTransaction,
  rows: readonly EntityKeyRow[],
): Promise<Map<string, string>> {
  const res = await tx.run(matchKnownEntitiesCypher, { rows });
  const out = new Map<string, string>();
  for (const r of res.records) {
    const known = r.get("known") as string | null;
    if (known) out.set(r.get("id") as string, known);
  }
  return out;
}
