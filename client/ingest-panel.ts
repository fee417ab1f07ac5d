import type { ApiClient } from "./api-client";
import type { ArticleInput, IngestResult } from "./api-types";
import { el, requireElement } from "./el";
import { formatNumber } from "./format-number";

/** The "add an article" form (POST /api/articles); `onIngested` reloads the graph and returns a summary of it. */
export function createIngestPanel(
  form: HTMLFormElement,
  api: ApiClient,
  onIngested: (result: IngestResult) => Promise<string>,
): void {
  const text = requireElement<HTMLTextAreaElement>(form, "[name=text]");
  const title = requireElement<HTMLInputElement>(form, "[name=title]");
  const date = requireElement<HTMLInputElement>(form, "[name=date]");
  const source = requireElement<HTMLInputElement>(form, "[name=source]");
  const submit = requireElement<HTMLButtonElement>(form, "button[type=submit]");
  const result = requireElement<HTMLElement>(form, ".ingest-result");

  const say = (kind: "info" | "success" | "error", message: string, detail?: string): void => {
    result.replaceChildren(
      el(
        "div",
        { className: `alert alert-${kind}`, attrs: { role: kind === "error" ? "alert" : "status" } },
        el("strong", { text: message }),
        detail ? el("div", { text: detail }) : null,
      ),
    );
    form.dataset.state = kind;
  };

  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const article: ArticleInput = { text: text.value };
    if (article.text.trim().length === 0) {
      say("error", "Paste the article text first.");
      return;
    }
    if (title.value.trim()) article.title = title.value.trim();
    if (date.value) article.date = date.value;
    if (source.value.trim()) article.source = source.value.trim();
    submit.disabled = true;
    say("info", "Extracting and storing…");
    void (async () => {
      try {
        const r = await api.ingestArticle(article);
        say(
          "info",
          `Stored: ${formatNumber(r.sentences)} sentences, ${formatNumber(r.entities)} entities, ${formatNumber(r.relations)} relations.`,
          "Reloading the graph…",
        );
        const graphSummary = await onIngested(r);
        say(
          "success",
          `Stored: ${formatNumber(r.sentences)} sentences, ${formatNumber(r.entities)} entities, ${formatNumber(r.relations)} relations.`,
          graphSummary,
        );
        text.value = "";
      } catch (err) {
        say("error", "The article was not ingested.", err instanceof Error ? err.message : String(err));
      } finally {
        submit.disabled = false;
      }
    })();
  });
}
