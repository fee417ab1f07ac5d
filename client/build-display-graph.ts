import { DirectedGraph, type MultiDirectedGraph } from "graphology";
import random from "graphology-layout/random";
import type { EntityNodeAttributes, FactEdgeAttributes } from "./api-types";
import { maxNodeSize, nodeStyle } from "./node-style";
import { seededRandom } from "../core/seeded-random";

/** What sigma draws for a node; x/y are written by the layout. */
export interface DisplayNodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  entityType: string;
  /** Id for GET /api/entities/:id, or null when the node is not an entity (e.g. an Article in a Cypher result). */
  entityId: string | null;
  degree: number;
  mentions: number;
}

/** One drawn edge per ordered pair: the parallel facts (one per predicate) are merged into it. */
export interface DisplayEdgeAttributes {
  size: number;
  color: string;
  label: string;
  predicates: string[];
  /** Evidence sentences over the merged facts. */
  count: number;
  /** True when every merged fact is negated ("did not call"). */
  negative: boolean;
}

export type DataGraph = MultiDirectedGraph<EntityNodeAttributes, FactEdgeAttributes>;
export type DisplayGraph = DirectedGraph<DisplayNodeAttributes, DisplayEdgeAttributes>;

export interface Point {
  x: number;
  y: number;
}

export interface DisplayGraphOptions {
  /** Positions from the previous display graph, so a reload keeps the picture stable. */
  previousPositions?: ReadonlyMap<string, Point>;
  /** Entity id of a node; defaults to the node key (true for GET /api/graph). */
  entityIdOf?: (node: string, attrs: EntityNodeAttributes) => string | null;
  seed?: number;
}

export const edgeColor = "#c5cad3";
export const negativeEdgeColor = "#e3a3a3";

/** Scale of the random start; ForceAtlas2 rescales anyway, this only keeps early frames sensible. */
const startScale = 100;

export function edgeSize(count: number): number {
  return Math.min(4, 0.6 + Math.log2(1 + count) * 0.5);
}

interface PairAggregate {
  source: string;
  target: string;
  predicates: string[];
  count: number;
  negative: boolean;
}

/**
 * The display graph: styled, positioned, one edge per ordered pair, ready for sigma. Built in plain maps
 * first and added to graphology once with final attributes: at 50k nodes per-attribute updates (each an
 * event) cost seconds.
 */
export function buildDisplayGraph(filtered: DataGraph, options: DisplayGraphOptions = {}): DisplayGraph {
  const previous = options.previousPositions;
  const entityIdOf = options.entityIdOf ?? ((node: string) => node);
  const rng = seededRandom(options.seed ?? 1);

  const pairs = new Map<string, PairAggregate>();
  const degree = new Map<string, number>();
  const seenUndirected = new Set<string>();
  filtered.forEachEdge((_edge, a, source, target) => {
    const key = `${source}\u0000${target}`;
    const pair = pairs.get(key);
    if (pair) {
      if (!pair.predicates.includes(a.predicate)) pair.predicates.push(a.predicate);
      pair.count += a.count;
      pair.negative = pair.negative && a.polarity === "negative";
      return;
    }
    pairs.set(key, {
      source,
      target,
      predicates: [a.predicate],
      count: a.count,
      negative: a.polarity === "negative",
    });
    // Degree counts distinct neighbours, whichever the direction.
    const undirected = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    if (!seenUndirected.has(undirected)) {
      seenUndirected.add(undirected);
      degree.set(source, (degree.get(source) ?? 0) + 1);
      degree.set(target, (degree.get(target) ?? 0) + 1);
    }
  });
  let maxDegree = 0;
  for (const d of degree.values()) maxDegree = Math.max(maxDegree, d);

  const start = random(filtered, { rng, scale: startScale, center: 0 });
  const display: DisplayGraph = new DirectedGraph();
  filtered.forEachNode((node, a) => {
    const d = degree.get(node) ?? 0;
    const style = nodeStyle(a.type, d, maxDegree);
    const pos = previous?.get(node) ?? start[node];
    display.addNode(node, {
      x: pos?.x ?? 0,
      y: pos?.y ?? 0,
      size: style.size,
      color: style.color,
      label: a.label,
      entityType: a.type,
      entityId: entityIdOf(node, a),
      degree: d,
      mentions: a.mentions,
    });
  });
  for (const p of pairs.values()) {
    display.addEdge(p.source, p.target, {
      size: edgeSize(p.count),
      color: p.negative ? negativeEdgeColor : edgeColor,
      label: p.predicates.join(", "),
      predicates: p.predicates,
      count: p.count,
      negative: p.negative,
    });
  }
  if (previous && previous.size > 0) {
    display.forEachNode((node) => {
      if (previous.has(node)) return;
      const near = placeNear(display, node, previous, rng);
      if (near) display.mergeNodeAttributes(node, near);
    });
  }
  return display;
}

/** A new node next to an already placed neighbour, so an ingest grows the picture instead of scrambling it. */
function placeNear(
  display: DisplayGraph,
  node: string,
  previous: ReadonlyMap<string, Point> | undefined,
  rng: () => number,
): Point | undefined {
  if (!previous || previous.size === 0) return undefined;
  for (const neighbour of display.neighbors(node)) {
    const p = previous.get(neighbour);
    if (p) {
      const angle = rng() * 2 * Math.PI;
      const r = maxNodeSize * (0.5 + rng());
      return { x: p.x + r * Math.cos(angle), y: p.y + r * Math.sin(angle) };
    }
  }
  return undefined;
}

/** Current positions of a display graph, to carry into the next one. */
export function displayPositions(display: DisplayGraph): Map<string, Point> {
  const out = new Map<string, Point>();
  display.forEachNode((node, a) => out.set(node, { x: a.x, y: a.y }));
  return out;
}
