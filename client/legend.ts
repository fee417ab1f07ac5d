import { el } from "./el";
import { formatNumber } from "./format-number";
import type { LegendEntry } from "./legend-entries";

export interface Legend {
  render(entries: readonly LegendEntry[], hidden: ReadonlySet<string>): void;
}

/** Type legend; clicking an entry toggles that type in the filters. */
export function createLegend(root: HTMLElement, onToggle: (type: string) => void): Legend {
  return {
    render(entries, hidden) {
      const items = entries.map((e) => {
        const off = hidden.has(e.type);
        const button = el(
          "button",
          {
            className: `legend-item${off ? " is-off" : ""}`,
            title: off ? `Show ${e.type}` : `Hide ${e.type}`,
            attrs: { type: "button", "aria-pressed": String(!off), "data-type": e.type },
          },
          el("span", { className: "swatch", style: { background: e.color } }),
          el("span", { className: "legend-label", text: e.type.toLowerCase() }),
          el("span", { className: "legend-count", text: formatNumber(e.count) }),
        );
        button.addEventListener("click", () => onToggle(e.type));
        return el("li", {}, button);
      });
      root.replaceChildren(
        items.length > 0
          ? el("ul", { className: "legend-list" }, ...items)
          : el("p", { className: "muted", text: "No entities yet." }),
      );
    },
  };
}
