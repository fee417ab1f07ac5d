import type { ApiClient } from "./api-client";
import type { SearchResult } from "./api-types";
import { el } from "./el";
import { formatNumber } from "./format-number";
import { typeColor } from "./node-style";

/** Waits for a pause in typing, so the full-text index is asked once per word, not per key. */
const debounceMs = 180;

/** The search box (GET /api/search): a combobox whose choice is handed to `onChoose`. */
export function createSearchBox(
  root: HTMLElement,
  api: ApiClient,
  onChoose: (result: SearchResult) => void,
): void {
  const input = el("input", {
    className: "search-input",
    attrs: {
      type: "search",
      placeholder: "Search entities…  ( / )",
      "aria-label": "Search entities",
      role: "combobox",
      "aria-expanded": "false",
      "aria-controls": "search-results",
      "aria-autocomplete": "list",
      autocomplete: "off",
      spellcheck: "false",
    },
  });
  const list = el("ul", { className: "search-results", attrs: { id: "search-results", role: "listbox" } });
  list.hidden = true;
  root.replaceChildren(input, list);

  let results: SearchResult[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inflight: AbortController | null = null;

  const close = (): void => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    active = -1;
  };

  const choose = (r: SearchResult): void => {
    input.value = r.name;
    close();
    onChoose(r);
  };

  const renderList = (message?: string): void => {
    if (message) {
      list.replaceChildren(el("li", { className: "search-message muted", text: message }));
    } else {
      list.replaceChildren(
        ...results.map((r, i) => {
          const item = el(
            "li",
            {
              className: `search-result${i === active ? " is-active" : ""}`,
              attrs: { role: "option", "aria-selected": String(i === active), "data-id": r.id },
            },
            el("span", { className: "swatch", style: { background: typeColor(r.type) } }),
            el("span", { className: "search-name", text: r.name }),
            el("span", {
              className: "search-meta muted",
              text: `${r.type.toLowerCase()} · ${formatNumber(r.mentions)}`,
            }),
          );
          // mousedown, not click: it fires before the input's blur closes the list.
          item.addEventListener("mousedown", (ev) => {
            ev.preventDefault();
            choose(r);
          });
          return item;
        }),
      );
    }
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
  };

  const run = async (q: string): Promise<void> => {
    inflight?.abort();
    const controller = new AbortController();
    inflight = controller;
    try {
      results = await api.search(q, 12, controller.signal);
      active = results.length > 0 ? 0 : -1;
      renderList(results.length === 0 ? `No entity matches “${q}”.` : undefined);
    } catch (err) {
      if (controller.signal.aborted) return;
      results = [];
      renderList(err instanceof Error ? err.message : String(err));
    }
  };

  input.addEventListener("input", () => {
    if (timer !== undefined) clearTimeout(timer);
    const q = input.value.trim();
    if (q.length === 0) {
      inflight?.abort();
      close();
      return;
    }
    timer = setTimeout(() => void run(q), debounceMs);
  });
  input.addEventListener("keydown", (ev) => {
    if (list.hidden || results.length === 0) return;
    if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      ev.preventDefault();
      active = (active + (ev.key === "ArrowDown" ? 1 : results.length - 1)) % results.length;
      renderList();
    } else if (ev.key === "Enter") {
      const r = results[active];
      if (r) {
        ev.preventDefault();
        choose(r);
      }
    } else if (ev.key === "Escape") {
      close();
    }
  });
  input.addEventListener("blur", close);
  input.addEventListener("focus", () => {
    if (results.length > 0 && input.value.trim().length > 0) renderList();
  });
}
