import {
  isDate,
  isDateTime,
  isDuration,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPoint,
  isRelationship,
  isTime,
} from "neo4j-driver";

/** A Cypher result value as JSON: graph elements become tagged objects, temporals ISO strings. */
export type CypherJson =
  | null
  | boolean
  | number
  | string
  | CypherJson[]
  | { [key: string]: CypherJson }
  | CypherNodeJson
  | CypherRelationshipJson
  | CypherPathJson;

export interface CypherNodeJson {
  kind: "node";
  id: string;
  labels: string[];
  properties: Record<string, CypherJson>;
}

export interface CypherRelationshipJson {
  kind: "relationship";
  id: string;
  type: string;
  start: string;
  end: string;
  properties: Record<string, CypherJson>;
}

export interface CypherPathJson {
  kind: "path";
  nodes: CypherNodeJson[];
  relationships: CypherRelationshipJson[];
}

export function toCypherJson(value: unknown): CypherJson {
  if (value === null || value === undefined) return null;
  if (typeof value === "boolean" || typeof value === "number" || typeof value === "string") return value;
  if (typeof value === "bigint") return Number(value);
  if (Array.isArray(value)) return value.map(toCypherJson);
  if (isNode(value)) {
    return {
      kind: "node",
      id: value.elementId,
      labels: [...value.labels],
      properties: mapValues(value.properties),
    };
  }
  if (isRelationship(value)) {
    return {
      kind: "relationship",
      id: value.elementId,
      type: value.type,
      start: value.startNodeElementId,
      end: value.endNodeElementId,
      properties: mapValues(value.properties),
    };
  }
  if (isPath(value)) {
    const nodes = [value.start, ...value.segments.map((s) => s.end)].map(
      (n) => toCypherJson(n) as CypherNodeJson,
    );
    const relationships = value.segments.map((s) => toCypherJson(s.relationship) as CypherRelationshipJson);
    return { kind: "path", nodes, relationships };
  }
  if (
    isDate(value) ||
    isDateTime(value) ||
    isLocalDateTime(value) ||
    isLocalTime(value) ||
    isTime(value) ||
    isDuration(value)
  ) {
    return value.toString();
  }
  if (isPoint(value)) return { srid: Number(value.srid), x: value.x, y: value.y, z: value.z ?? null };
  if (typeof value === "object") return mapValues(value as Record<string, unknown>);
  return String(value);
}

function mapValues(obj: Record<string, unknown>): Record<string, CypherJson> {
  const out: Record<string, CypherJson> = {};
  for (const [k, v] of Object.entries(obj)) out[k] = toCypherJson(v);
  return out;
}
