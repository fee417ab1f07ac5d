import type { ApiClient } from "./api-client";
import { ApiError } from "./api-error";
import { el, requireElement } from "./el";
import { cypherResultView, type CypherResultView, type CypherTable } from "./cypher-result-view";
import { createCypherEditor } from "./cypher-editor";

export interface CypherExample {
  label: string;
  query: string;
}

export const cypherExamples: readonly CypherExample[] = [
  { label: "Facts", query: "MATCH (a:Entity)-[r]->(b:Entity)\nRETURN a, r, b\nLIMIT 100" },
  {
    label: "Most mentioned",
    query:
      "MATCH (e:Entity)\nRETURN e.name AS name, e.type AS type, e.mentions AS mentions\nORDER BY mentions DESC\nLIMIT 25",
  },
  {
    label: "Evidence",
    query:
      "MATCH (a:Entity)-[r]->(b:Entity)\nRETURN a.name AS subject, type(r) AS predicate, b.name AS object, r.sentence AS sentence\nLIMIT 50",
  },
];

/** Rows shown in the table; more are summarised, the graph view still draws them all. */
const maxTableRows = 500;

const errorTitles: Record<string, string> = {
  write_query: "Read-only console",
  cypher_syntax: "Syntax error",
  query_timeout: "The query took too long",
  database_unavailable: "The database is unavailable",
};

/** The Cypher console (POST /api/cypher): editor, examples, result table, errors; graphs go to `onGraph`. */
export function createCypherConsole(
  root: HTMLElement,
  api: ApiClient,
  onGraph: (view: CypherResultView) => void,
): void {
  const editorHost = requireElement<HTMLElement>(root, ".cypher-editor");
  const runButton = requireElement<HTMLButtonElement>(root, ".cypher-run");
  const examples = requireElement<HTMLElement>(root, ".cypher-examples");
  const output = requireElement<HTMLElement>(root, ".cypher-output");

  const run = (): void => {
    const query = editor.value().trim();
    if (query.length === 0) {
      showError("Empty query", "Write a Cypher query, e.g. one of the examples.");
      return;
    }
    runButton.disabled = true;
    root.dataset.state = "running";
    output.replaceChildren(el("p", { className: "muted", text: "Running…" }));
    void (async () => {
      try {
        const res = await api.cypher(query);
        const view = cypherResultView(res);
        output.replaceChildren(
          el("p", {
            className: "cypher-summary",
            text: view.graph ? `${view.summary} · drawn on the canvas` : view.summary,
          }),
          view.table.rows.length > 0
            ? renderTable(view.table)
            : el("p", { className: "muted", text: "No rows." }),
        );
        root.dataset.state = "done";
        if (view.graph) onGraph(view);
      } catch (err) {
        if (err instanceof ApiError)
          showError(errorTitles[err.code] ?? "Query failed", err.message, err.code);
        else showError("Query failed", err instanceof Error ? err.message : String(err));
      } finally {
        runButton.disabled = false;
      }
    })();
  };

  const showError = (title: string, message: string, code?: string): void => {
    output.replaceChildren(
      el(
        "div",
        { className: "alert alert-error", attrs: { role: "alert", ...(code ? { "data-code": code } : {}) } },
        el("strong", { text: title }),
        el("pre", { className: "alert-detail", text: message }),
      ),
    );
    root.dataset.state = "error";
  };

  const editor = createCypherEditor(editorHost, cypherExamples[0]?.query ?? "", run);
  runButton.addEventListener("click", run);
  examples.replaceChildren(
    ...cypherExamples.map((x) => {
      const b = el("button", {
        className: "btn btn-small btn-ghost",
        text: x.label,
        attrs: { type: "button" },
      });
      b.addEventListener("click", () => {
        editor.setValue(x.query);
        editor.focus();
      });
      return b;
    }),
  );
}

function renderTable(table: CypherTable): HTMLElement {
  const shown = table.rows.slice(0, maxTableRows);
  return el(
    "div",
    { className: "table-wrap" },
    el(
      "table",
      { className: "data-table" },
      el(
        "thead",
        {},
        el("tr", {}, ...table.columns.map((c) => el("th", { text: c, attrs: { scope: "col" } }))),
      ),
      el("tbody", {}, ...shown.map((row) => el("tr", {}, ...row.map((cell) => el("td", { text: cell }))))),
    ),
    table.rows.length > shown.length
      ? el("p", { className: "muted", text: `${table.rows.length - shown.length} more rows not shown.` })
      : null,
  );
}
