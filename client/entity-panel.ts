import type { ApiClient } from "./api-client";
import { ApiError } from "./api-error";
import type { EntityDetails, EntityRelation } from "./api-types";
import { el } from "./el";
import { evidenceMarkers } from "./evidence-markers";
import { formatNumber } from "./format-number";
import { groupRelations, type RelationGroup } from "./group-relations";
import { typeColor } from "./node-style";

export interface EntityPanel {
  show(entityId: string): Promise<void>;
  clear(): void;
  /** The entity shown, or null. */
  current(): string | null;
}

/** Evidence sentences listed per fact before a "show more" link; the rest stay one click away. */
const evidencePerFact = 3;

/** The side panel: an entity, its facts and the sentence behind each (GET /api/entities/:id). */
export function createEntityPanel(
  root: HTMLElement,
  api: ApiClient,
  onSelectEntity: (entityId: string) => void,
): EntityPanel {
  let shown: string | null = null;
  let request = 0;

  const placeholder = (): void => {
    root.replaceChildren(
      el(
        "div",
        { className: "panel-empty" },
        el("h2", { text: "No entity selected" }),
        el("p", {
          className: "muted",
          text: "Click a node or search for a name to see its relations and the sentences they come from.",
        }),
      ),
    );
    root.dataset.state = "empty";
  };

  const evidenceItem = (r: EntityRelation): HTMLElement => {
    // Articles ingested without a title are named by their id (the file name for samples/).
    const meta = [
      r.article.title ?? (r.article.id || "Untitled article"),
      r.article.date,
      r.article.source,
    ].filter((x): x is string => typeof x === "string" && x.length > 0);
    const markers = evidenceMarkers(r).map((m) =>
      el("span", { className: `marker marker-${m.tone}`, text: m.text, title: m.title }),
    );
    return el(
      "li",
      { className: "evidence" },
      el("blockquote", { className: "evidence-sentence", text: r.sentence }),
      el(
        "div",
        { className: "evidence-meta" },
        el("span", { className: "evidence-source", text: meta.join(" · ") }),
        ...markers,
      ),
    );
  };

  const groupItem = (g: RelationGroup, entityName: string): HTMLElement => {
    const other = el("button", {
      className: "link entity-link",
      text: g.other.name,
      title: `Show ${g.other.name}`,
      attrs: { type: "button" },
    });
    other.addEventListener("click", () => onSelectEntity(g.other.id));
    const predicate = el("span", { className: "predicate", text: g.predicate });
    const arrow = el("span", { className: "arrow", text: "→", attrs: { "aria-hidden": "true" } });
    // The panel is about one entity, so its own name is left out: "CALLED → Trump" / "Putin → MET".
    const head =
      g.direction === "out"
        ? el(
            "div",
            { className: "fact-head", title: `${entityName} ${g.predicate} ${g.other.name}` },
            predicate,
            arrow,
            other,
          )
        : el(
            "div",
            { className: "fact-head", title: `${g.other.name} ${g.predicate} ${entityName}` },
            other,
            arrow,
            predicate,
          );
    const list = el(
      "ul",
      { className: "evidence-list" },
      ...g.evidence.slice(0, evidencePerFact).map(evidenceItem),
    );
    const rest = g.evidence.slice(evidencePerFact);
    let more: HTMLElement | null = null;
    if (rest.length > 0) {
      const button = el("button", {
        className: "link",
        text: `Show ${rest.length} more sentence${rest.length === 1 ? "" : "s"}`,
        attrs: { type: "button" },
      });
      button.addEventListener("click", () => {
        list.append(...rest.map(evidenceItem));
        button.remove();
      });
      more = button;
    }
    return el(
      "li",
      { className: "fact", attrs: { "data-predicate": g.predicate, "data-other": g.other.name } },
      head,
      el("div", {
        className: "fact-phrases muted",
        text: `“${g.phrases.join("”, “")}” · ${g.evidence.length} sentence${g.evidence.length === 1 ? "" : "s"}`,
      }),
      list,
      more,
    );
  };

  const render = (d: EntityDetails): void => {
    const groups = groupRelations(d.relations);
    const e = d.entity;
    root.replaceChildren(
      el(
        "header",
        { className: "entity-header" },
        el("span", {
          className: "type-chip",
          text: e.type.toLowerCase(),
          style: { borderColor: typeColor(e.type), color: typeColor(e.type) },
        }),
        el("h2", { className: "entity-name", text: e.name }),
        el(
          "p",
          { className: "muted" },
          `${formatNumber(e.mentions)} mentions · ${formatNumber(groups.length)} facts · ${formatNumber(d.relations.length)} sentences`,
        ),
        e.aliases.length > 0
          ? el("p", { className: "aliases muted", text: `Also: ${e.aliases.join(", ")}` })
          : null,
      ),
      groups.length > 0
        ? el("ul", { className: "fact-list" }, ...groups.map((g) => groupItem(g, e.name)))
        : el("p", { className: "muted", text: "No relations extracted for this entity yet." }),
    );
    root.dataset.state = "loaded";
    root.dataset.entity = e.id;
    root.scrollTop = 0;
  };

  placeholder();

  return {
    async show(entityId) {
      const mine = ++request;
      shown = entityId;
      root.dataset.state = "loading";
      root.replaceChildren(el("p", { className: "muted panel-loading", text: "Loading…" }));
      try {
        const details = await api.entity(entityId);
        if (mine === request) render(details);
      } catch (err) {
        if (mine !== request) return;
        const message =
          err instanceof ApiError && err.status === 404
            ? "This entity is no longer in the graph."
            : err instanceof Error
              ? err.message
              : String(err);
        root.replaceChildren(
          el("div", { className: "alert alert-error", attrs: { role: "alert" }, text: message }),
        );
        root.dataset.state = "error";
      }
    },
    clear() {
      request += 1;
      shown = null;
      placeholder();
    },
    current: () => shown,
  };
}
