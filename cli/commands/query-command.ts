import Table from "cli-table3";
import { Command, Option } from "commander";
import type { CypherJson } from "../../store/cypher-json";
import type { CliContext } from "../cli-context";
import { openStore } from "../open-store";

interface QueryOptions {
  param: Record<string, unknown>;
  format: "table" | "json";
  maxRows: number;
}

/** `newsgraph query "<cypher>"`: read-only Cypher, printed as a table or JSON. */
export function queryCommand(ctx: CliContext): Command {
  return new Command("query")
    .description("run a read-only Cypher query against the graph")
    .argument(
      "<cypher>",
      'the query, e.g. "MATCH (p:Person)-[r]->(o) RETURN p.name, type(r), o.name LIMIT 10"',
    )
    .option(
      "-p, --param <name=json>",
      "a query parameter (repeatable); the value is JSON or a plain string",
      collectParam,
      {},
    )
    .addOption(new Option("--format <format>", "output").choices(["table", "json"]).default("table"))
    .addOption(new Option("--max-rows <n>", "row cap").default(1000).argParser(Number))
    .action(async (cypher: string, options: QueryOptions) => {
      const opened = await openStore({
        config: ctx.neo4j,
        localMode: "detached",
        localPort: ctx.localNeo4jPort,
        onLog: (l) => ctx.stderr.write(`${l}\n`),
      });
      try {
        const result = await opened.store.cypher(cypher, options.param, {
          maxRows: options.maxRows,
          timeoutMs: 30_000,
        });
        if (options.format === "json") {
          ctx.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
        } else {
          const table = new Table({ head: result.columns });
          for (const row of result.rows) table.push(result.columns.map((c) => cell(row[c] ?? null)));
          ctx.stdout.write(`${table.toString()}\n`);
          ctx.stderr.write(
            `${result.rows.length} row(s)${result.truncated ? ` (truncated at ${options.maxRows})` : ""}\n`,
          );
        }
      } finally {
        await opened.close();
      }
    });
}

function collectParam(value: string, acc: Record<string, unknown>): Record<string, unknown> {
  const eq = value.indexOf("=");
  if (eq < 1) throw new Error(`--param expects name=value, got "${value}"`);
  const raw = value.slice(eq + 1);
  let parsed: unknown = raw;
  try {
    parsed = JSON.parse(raw);
  } catch {
    // Not JSON: the plain string is the value.
  }
  return { ...acc, [value.slice(0, eq)]: parsed };
}

function cell(v: CypherJson): string {
  if (v === null) return "";
  if (typeof v !== "object") return String(v);
  if (!Array.isArray(v) && v.kind === "node" && "labels" in v) {
    const p = v.properties as Record<string, CypherJson>;
    return `(:${(v.labels as string[]).join(":")} ${String(p.name ?? p.title ?? p.id ?? v.id)})`;
  }
  if (!Array.isArray(v) && v.kind === "relationship" && "type" in v) return `[:${String(v.type)}]`;
  return JSON.stringify(v);
}
