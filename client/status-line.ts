import { el } from "./el";
import { formatNumber } from "./format-number";

export interface StatusInfo {
  nodes: number;
  edges: number;
  layoutRunning: boolean;
  /** What the canvas shows, e.g. "news graph (top 2,000 by mentions)" or "Cypher result". */
  source: string;
  message?: string;
}

export interface StatusLine {
  render(info: StatusInfo): void;
}

/** The status bar: counts, what is shown, and a layout start/stop toggle. */
export function createStatusLine(root: HTMLElement, onToggleLayout: () => void): StatusLine {
  const counts = el("span", { className: "status-counts" });
  const source = el("span", { className: "status-source" });
  const message = el("span", {
    className: "status-message",
    attrs: { role: "status", "aria-live": "polite" },
  });
  const layout = el("span", { className: "status-layout" });
  const toggle = el("button", { className: "btn btn-small", attrs: { type: "button" } });
  toggle.addEventListener("click", onToggleLayout);
  root.replaceChildren(counts, source, message, el("span", { className: "spacer" }), layout, toggle);
  return {
    render(info) {
      counts.textContent = `${formatNumber(info.nodes)} nodes · ${formatNumber(info.edges)} edges`;
      source.textContent = info.source;
      message.textContent = info.message ?? "";
      layout.textContent = info.layoutRunning ? "layout running…" : "layout idle";
      layout.classList.toggle("is-running", info.layoutRunning);
      toggle.textContent = info.layoutRunning ? "Stop layout" : "Run layout";
      toggle.disabled = info.nodes < 2;
      root.dataset.layout = info.layoutRunning ? "running" : "idle";
    },
  };
}
