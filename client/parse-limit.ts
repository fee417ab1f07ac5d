/** The server caps GET /api/graph at this many nodes. */
export const maxGraphLimit = 50000;

/** `?limit=` of the page URL, passed on to GET /api/graph; undefined leaves the server default (2,000). */
export function parseLimit(raw: string | null): number | undefined {
  if (raw === null || !/^\d+$/.test(raw)) return undefined;
  const n = Number(raw);
  return n >= 1 ? Math.min(n, maxGraphLimit) : undefined;
}
