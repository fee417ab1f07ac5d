import { z } from "zod";

export interface Neo4jConfig {
  /** undefined: newsgraph runs its own local Neo4j (neo4j-local/). */
  uri: string | undefined;
  user: string;
  password: string;
  database: string | undefined;
}

const envSchema = z.object({
  NEO4J_URI: z
    .string()
    .trim()
    .regex(
      /^(neo4j|bolt)(\+s|\+ssc)?:\/\//,
      "NEO4J_URI must start with neo4j:// or bolt:// (e.g. bolt://localhost:7687)",
    )
    .optional(),
  NEO4J_USER: z.string().default("neo4j"),
  NEO4J_PASSWORD: z.string().default("neo4j"),
  NEO4J_DATABASE: z.string().min(1).optional(),
});

/** Reads the NEO4J_* variables once, at an entry point. */
export function parseNeo4jConfig(env: Record<string, string | undefined>): Neo4jConfig {
  const parsed = envSchema.safeParse({
    NEO4J_URI: env.NEO4J_URI || undefined,
    NEO4J_USER: env.NEO4J_USER || undefined,
    NEO4J_PASSWORD: env.NEO4J_PASSWORD || undefined,
    NEO4J_DATABASE: env.NEO4J_DATABASE || undefined,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`config: ${issue?.path.join(".")}: ${issue?.message}`);
  }
  const v = parsed.data;
  return { uri: v.NEO4J_URI, user: v.NEO4J_USER, password: v.NEO4J_PASSWORD, database: v.NEO4J_DATABASE };
}
