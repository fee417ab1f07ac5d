import { createApiClient } from "./api-client";
import type { IngestResult, SearchResult } from "./api-types";
import { buildDisplayGraph, type DataGraph } from "./build-display-graph";
import { buildGraph } from "./build-graph";
import { createCypherConsole } from "./cypher-console";
import type { CypherResultView } from "./cypher-result-view";
import { installDebugHook } from "./debug-hook";
import { el, requireElement } from "./el";
import { createEntityPanel } from "./entity-panel";
import { filterGraph, type GraphFilters } from "./filter-graph";
import { formatNumber } from "./format-number";
import { createGraphView } from "./graph-view";
import { createIngestPanel } from "./ingest-panel";
import { createLegend } from "./legend";
import { legendEntries } from "./legend-entries";
import { parseLimit } from "./parse-limit";
import { createSearchBox } from "./search-box";
import { createStatusLine } from "./status-line";
import { createTabs } from "./tabs";

/*
 * The only module that touches the page globally. Data flows one way:
 * API → data graph (as sent) → filtered graph (legend filters) → display graph (styled, laid out) → sigma.
 * UI state (hovered, selected, filters, which view) lives here and in graph-view, never in graph data.
 */

const api = createApiClient({ fetch: (input, init) => window.fetch(input, init), baseUrl: "" });
const limit = parseLimit(new URLSearchParams(window.location.search).get("limit"));

const container = requireElement<HTMLElement>(document, "#graph");
const banner = requireElement<HTMLElement>(document, "#stage-banner");
const overlay = requireElement<HTMLElement>(document, "#stage-overlay");

let data: DataGraph | null = null;
let view: "news" | "cypher" | "none" = "none";
let cypherEntityIds: ReadonlyMap<string, string> = new Map();
const filters: GraphFilters & { hiddenTypes: Set<string> } = { hiddenTypes: new Set(), minMentions: 0 };
let statusMessage = "";
let frames = 0;
let layoutRunning = false;
let awaitingFrame = false;
let resolveReady: () => void = () => undefined;
let rejectReady: (err: unknown) => void = () => undefined;
const ready = new Promise<void>((resolve, reject) => {
  resolveReady = resolve;
  rejectReady = reject;
});
// The test awaits `ready`; an unobserved rejection must not add console noise for everyone else.
ready.catch(() => undefined);

const graphView = createGraphView(container, {
  onNodeClick(node) {
    const attrs = graphView.graph().getNodeAttributes(node);
    graphView.select(node);
    if (attrs.entityId) void entityPanel.show(attrs.entityId);
    else {
      entityPanel.clear();
      setMessage(`${attrs.label} is not an entity; it has no evidence to show.`);
    }
  },
  onStageClick() {
    graphView.select(null);
    entityPanel.clear();
  },
  onLayoutChange(running) {
    layoutRunning = running;
    renderStatus();
  },
  onRender() {
    frames += 1;
    if (awaitingFrame && graphView.graph().order > 0) {
      awaitingFrame = false;
      container.dataset.ready = "true";
      resolveReady();
    }
  },
});

const entityPanel = createEntityPanel(
  requireElement(document, "#entity-panel"),
  api,
  (id) => void selectEntity(id),
);
const status = createStatusLine(requireElement(document, "#status"), () => {
  graphView.toggleLayout();
  layoutRunning = graphView.layoutRunning();
  renderStatus();
});
const legend = createLegend(requireElement(document, "#legend"), (type) => {
  if (filters.hiddenTypes.has(type)) filters.hiddenTypes.delete(type);
  else filters.hiddenTypes.add(type);
  if (view === "news") showNews(false);
});

function setMessage(message: string): void {
  statusMessage = message;
  renderStatus();
}

function renderStatus(): void {
  const g = graphView.graph();
  const source =
    view === "cypher"
      ? "Cypher result"
      : data && limit !== undefined && data.order >= limit
        ? `news graph · top ${formatNumber(limit)} entities by mentions`
        : data && data.order >= 2000 && limit === undefined
          ? "news graph · top 2,000 entities by mentions"
          : "news graph";
  status.render({ nodes: g.order, edges: g.size, layoutRunning, source, message: statusMessage });
}

function showOverlay(message: string | null, retry?: () => void): void {
  if (message === null) {
    overlay.hidden = true;
    overlay.replaceChildren();
    return;
  }
  const children: HTMLElement[] = [el("p", { text: message })];
  if (retry) {
    const b = el("button", { className: "btn", text: "Retry", attrs: { type: "button" } });
    b.addEventListener("click", retry);
    children.push(b);
  }
  overlay.replaceChildren(el("div", { className: "overlay-card", attrs: { role: "alert" } }, ...children));
  overlay.hidden = false;
}

/** Draws the news graph through the filters, carrying positions over unless `fresh`. */
function showNews(fresh: boolean): void {
  if (!data) return;
  const wasNews = view === "news";
  view = "news";
  banner.hidden = true;
  const display = buildDisplayGraph(filterGraph(data, filters), {
    previousPositions: wasNews && !fresh ? graphView.positions() : undefined,
  });
  graphView.show(display, { resetCamera: fresh || !wasNews });
  legend.render(legendEntries(data), filters.hiddenTypes);
  if (data.order === 0) showOverlay("The graph is empty. Add an article to start.");
  else showOverlay(null);
  renderStatus();
}

async function loadNews(fresh: boolean): Promise<void> {
  const wire = await api.graph(limit);
  const built = buildGraph(wire);
  data = built.graph;
  if (built.skippedEdges > 0) setMessage(`${built.skippedEdges} edges without both ends were left out.`);
  awaitingFrame = true;
  showNews(fresh);
}

function showCypher(result: CypherResultView): void {
  if (!result.graph) return;
  view = "cypher";
  cypherEntityIds = result.entityIds;
  const built = buildGraph(result.graph);
  const display = buildDisplayGraph(built.graph, { entityIdOf: (node) => cypherEntityIds.get(node) ?? null });
  graphView.show(display, { resetCamera: true });
  legend.render(legendEntries(built.graph), new Set());
  requireElement<HTMLElement>(banner, ".stage-banner-text").textContent = `Cypher result · ${result.summary}`;
  banner.hidden = false;
  showOverlay(null);
  renderStatus();
}

/** Selects an entity by id: panel always, camera when it is drawn. */
async function selectEntity(entityId: string): Promise<void> {
  void entityPanel.show(entityId);
  const g = graphView.graph();
  let node: string | null = null;
  if (view === "news") node = g.hasNode(entityId) ? entityId : null;
  else
    g.forEachNode((key, a) => {
      if (a.entityId === entityId) node = key;
    });
  graphView.select(node);
  if (node === null) {
    setMessage("That entity is not drawn (outside the current graph); its facts are in the side panel.");
    return;
  }
  setMessage("");
  await graphView.focusNode(node);
}

async function afterIngest(result: IngestResult): Promise<string> {
  const before = data ? { nodes: data.order, edges: data.size } : { nodes: 0, edges: 0 };
  await loadNews(false);
  const after = data ? { nodes: data.order, edges: data.size } : before;
  const delta = (n: number): string => (n >= 0 ? `+${formatNumber(n)}` : formatNumber(n));
  setMessage(`Article ${result.articleId} added.`);
  return `Graph now: ${formatNumber(after.nodes)} nodes (${delta(after.nodes - before.nodes)}), ${formatNumber(after.edges)} edges (${delta(after.edges - before.edges)}).`;
}

function start(): void {
  createTabs(requireElement(document, "#sidebar-tabs"));
  createSearchBox(requireElement(document, "#search"), api, (r: SearchResult) => void selectEntity(r.id));
  createCypherConsole(requireElement(document, "#cypher"), api, showCypher);
  createIngestPanel(requireElement<HTMLFormElement>(document, "#ingest-form"), api, afterIngest);
  requireElement<HTMLButtonElement>(banner, "button").addEventListener("click", () => showNews(true));
  // "/" jumps to search, Escape drops the selection; both only when the user is not typing somewhere.
  document.addEventListener("keydown", (ev) => {
    const target = ev.target as HTMLElement | null;
    if (target?.closest("input, textarea, .cm-editor")) return;
    if (ev.key === "/") {
      ev.preventDefault();
      requireElement<HTMLInputElement>(document, ".search-input").focus();
    } else if (ev.key === "Escape") {
      graphView.select(null);
      entityPanel.clear();
    }
  });
  installDebugHook(window, {
    ready,
    stats: () => ({
      nodes: graphView.graph().order,
      edges: graphView.graph().size,
      layoutRunning,
      view,
      frames,
      selected: graphView.selected(),
      panelEntity: entityPanel.current(),
    }),
    nodeLabels: () => graphView.graph().mapNodes((_node, a) => a.label),
  });
  renderStatus();

  const health = requireElement<HTMLElement>(document, "#health");
  api
    .health()
    .then((h) => {
      health.textContent = h.neo4j.version ? `Neo4j ${h.neo4j.version}` : "Neo4j connected";
      health.dataset.state = "ok";
    })
    .catch((err: unknown) => {
      health.textContent = "Neo4j unavailable";
      health.title = err instanceof Error ? err.message : String(err);
      health.dataset.state = "error";
    });

  const load = (): void => {
    showOverlay("Loading the graph…");
    loadNews(true).catch((err: unknown) => {
      const message = err instanceof Error ? err.message : String(err);
      showOverlay(`Could not load the graph: ${message}`, load);
      rejectReady(err);
    });
  };
  load();
}

start();
