/**
 * The largest total weight of a one-to-one assignment between rows and columns of a non-negative weight
 * matrix (Kuhn–Munkres, O(n²m)); rows or columns may be left unassigned.
 */
export function maxAssignment(weights: readonly (readonly number[])[]): number {
  const rowCount = weights.length;
  const colCount = weights[0]?.length ?? 0;
  if (rowCount === 0 || colCount === 0) return 0;
  // Square the problem with zero padding so every row and column can be matched; zeros add nothing.
  const n = Math.max(rowCount, colCount);
  let max = 0;
  for (const row of weights) for (const w of row) max = Math.max(max, w);
  const cost = (i: number, j: number): number => max - (weights[i - 1]?.[j - 1] ?? 0);
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(n + 1).fill(0);
  const p = new Array<number>(n + 1).fill(0);
  const way = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array<number>(n + 1).fill(Infinity);
    const used = new Array<boolean>(n + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = cost(i0, j) - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          u[p[j]!] = u[p[j]!]! + delta;
          v[j] = v[j]! - delta;
        } else {
          minv[j] = minv[j]! - delta;
        }
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }
  let total = 0;
  for (let j = 1; j <= n; j++) total += weights[p[j]! - 1]?.[j - 1] ?? 0;
  return total;
}
