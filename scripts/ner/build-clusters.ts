/**
 * Builds models/clusters.tsv.gz: a hierarchical clustering of word types from unlabelled text (Reuters-21578
 * and the words of CoNLL-2003 train), written as one `word<TAB>bit-path` per line, like Brown clusters.
 * Words are represented by positive-PMI counts of their ±1/±2 neighbours among the frequent words, projected
 * to a few hundred dimensions at random, and split recursively in two by spherical 2-means; a word's path is
 * the sequence of branches taken, so path prefixes give coarser clusters.
 * Usage: tsx scripts/ner/build-clusters.ts [--seed N] [--out models/clusters.tsv.gz]
 */
import { createReadStream, readFileSync, writeFileSync } from "node:fs";
import { createGunzip, gzipSync } from "node:zlib";
import { createInterface } from "node:readline";
import { join } from "node:path";
import { readConll } from "../../ingest/ner/conll";
import { clusterKey } from "../../ingest/ner/cluster-key";
import { seededRandom } from "../../core/seeded-random";

const DATA = join(__dirname, "..", "..", "..", "shared", "data");
const MIN_COUNT = Number(process.env.NER_CLUSTER_MIN_COUNT ?? 2);
const CONTEXT_WORDS = 1500;
const RANK = 100;
const MAX_DEPTH = 14;
const MIN_LEAF = 6;

/** A CoNLL-like tokenization: abbreviations with dots kept, clitics and punctuation split off. */
function tokenize(text: string): string[] {
  const re = /(?:[A-Za-z]\.){2,}|n't|'s|'[a-z]+|[A-Za-z0-9]+(?:[-&/.,][A-Za-z0-9]+)*|\S/g;
  return text.replace(/’/g, "'").match(re) ?? [];
}

async function readReuters(push: (tokens: string[]) => void): Promise<void> {
  const lines = createInterface({
    input: createReadStream(join(DATA, "news", "reuters21578.jsonl.gz")).pipe(createGunzip()),
  });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const article = JSON.parse(line) as { title?: string; text?: string };
    if (article.title) push(tokenize(article.title));
    for (const para of (article.text ?? "").split(/\n+/)) push(tokenize(para));
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const seedArg = args.indexOf("--seed");
  const seed = seedArg >= 0 ? Number(args[seedArg + 1]) : 13;
  const outArg = args.indexOf("--out");
  const out = outArg >= 0 ? args[outArg + 1]! : join(__dirname, "..", "..", "models", "clusters.tsv.gz");

  const sentences: number[][] = [];
  const ids = new Map<string, number>();
  const counts: number[] = [];
  const words: string[] = [];
  const push = (tokens: string[]): void => {
    if (tokens.length === 0) return;
    sentences.push(
      tokens.map((t) => {
        const key = clusterKey(t);
        let id = ids.get(key);
        if (id === undefined) {
          id = words.length;
          ids.set(key, id);
          words.push(key);
          counts.push(0);
        }
        counts[id]!++;
        return id;
      }),
    );
  };
  await readReuters(push);
  const train = readConll(readFileSync(join(DATA, "conll2003", "eng.train"), "utf8"));
  for (const s of train.sentences) push(s.words);
  const totalTokens = sentences.reduce((n, s) => n + s.length, 0);
  console.error(`clusters: ${sentences.length} sentences, ${totalTokens} tokens, ${words.length} types`);

  const byFreq = words
    .map((_, i) => i)
    .sort((a, b) => counts[b]! - counts[a]! || (words[a]! < words[b]! ? -1 : 1));
  const contextIndex = new Map<number, number>();
  byFreq.slice(0, CONTEXT_WORDS).forEach((id, k) => contextIndex.set(id, k));
  const vocab = byFreq.filter((id) => counts[id]! >= MIN_COUNT);
  const row = new Map<number, number>();
  vocab.forEach((id, r) => row.set(id, r));
  console.error(`clusters: ${vocab.length} word types with count >= ${MIN_COUNT}`);

  // Sparse co-occurrence counts: 4 positions x (CONTEXT_WORDS + boundary) columns.
  const width = CONTEXT_WORDS + 1;
  const cols = 4 * width;
  const cooc: Map<number, number>[] = vocab.map(() => new Map());
  const colTotals = new Float64Array(cols);
  const offsets = [-2, -1, 1, 2];
  for (const s of sentences) {
    for (let i = 0; i < s.length; i++) {
      const r = row.get(s[i]!);
      if (r === undefined) continue;
      const m = cooc[r]!;
      offsets.forEach((o, p) => {
        const j = i + o;
        const ctx = j < 0 || j >= s.length ? CONTEXT_WORDS : contextIndex.get(s[j]!);
        if (ctx === undefined) return;
        const c = p * width + ctx;
        m.set(c, (m.get(c) ?? 0) + 1);
        colTotals[c]! += 1;
      });
    }
  }
  let grand = 0;
  for (const v of colTotals) grand += v;

  // Truncated SVD of the PPMI matrix by randomized range finding (Halko et al. 2011): rows of U·S^½, normalised.
  const ppmi: { cols: Int32Array; vals: Float32Array }[] = vocab.map((_, r) => {
    const m = cooc[r]!;
    let rowTotal = 0;
    for (const v of m.values()) rowTotal += v;
    const cs: number[] = [];
    const vs: number[] = [];
    for (const [c, v] of m) {
      const pmi = Math.log((v * grand) / (rowTotal * Math.pow(colTotals[c]!, 0.75) * Math.pow(grand, 0.25)));
      if (pmi <= 0) continue;
      cs.push(c);
      vs.push(pmi);
    }
    return { cols: Int32Array.from(cs), vals: Float32Array.from(vs) };
  });
  const rand = seededRandom(seed);
  const n = vocab.length;
  const K = RANK + 20;
  const timesA = (x: Float64Array): Float64Array => {
    // x: cols × K → y: n × K
    const y = new Float64Array(n * K);
    ppmi.forEach((rowv, r) => {
      for (let e = 0; e < rowv.cols.length; e++) {
        const c = rowv.cols[e]!;
        const v = rowv.vals[e]!;
        for (let k = 0; k < K; k++) y[r * K + k]! += v * x[c * K + k]!;
      }
    });
    return y;
  };
  const timesAt = (y: Float64Array): Float64Array => {
    const x = new Float64Array(cols * K);
    ppmi.forEach((rowv, r) => {
      for (let e = 0; e < rowv.cols.length; e++) {
        const c = rowv.cols[e]!;
        const v = rowv.vals[e]!;
        for (let k = 0; k < K; k++) x[c * K + k]! += v * y[r * K + k]!;
      }
    });
    return x;
  };
  const orthonormalize = (y: Float64Array, rows: number): void => {
    for (let k = 0; k < K; k++) {
      for (let j = 0; j < k; j++) {
        let dot = 0;
        for (let r = 0; r < rows; r++) dot += y[r * K + k]! * y[r * K + j]!;
        for (let r = 0; r < rows; r++) y[r * K + k]! -= dot * y[r * K + j]!;
      }
      let norm = 0;
      for (let r = 0; r < rows; r++) norm += y[r * K + k]! ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let r = 0; r < rows; r++) y[r * K + k]! /= norm;
    }
  };
  const omega = new Float64Array(cols * K);
  for (let i = 0; i < omega.length; i++) omega[i] = rand() - 0.5;
  let Q = timesA(omega);
  orthonormalize(Q, n);
  for (let it = 0; it < 3; it++) {
    const z = timesAt(Q);
    orthonormalize(z, cols);
    Q = timesA(z);
    orthonormalize(Q, n);
  }
  // B = Qᵀ A (K × cols), stored transposed as Aᵀ Q (cols × K); then the eigenvectors of B Bᵀ (K × K).
  const Bt = timesAt(Q);
  const G = new Float64Array(K * K);
  for (let c = 0; c < cols; c++) {
    for (let a = 0; a < K; a++) {
      const x = Bt[c * K + a]!;
      if (x === 0) continue;
      for (let b = 0; b < K; b++) G[a * K + b]! += x * Bt[c * K + b]!;
    }
  }
  const { values, vectors } = jacobiEigen(G, K);
  const order = Array.from({ length: K }, (_, i) => i)
    .sort((a, b) => values[b]! - values[a]!)
    .slice(0, RANK);
  const DIMS = RANK;
  const vecs = new Float32Array(n * DIMS);
  for (let r = 0; r < n; r++) {
    let norm = 0;
    order.forEach((e, d) => {
      let s = 0;
      for (let k = 0; k < K; k++) s += Q[r * K + k]! * vectors[k * K + e]!;
      const v = s * Math.pow(Math.max(values[e]!, 0), 0.25);
      vecs[r * DIMS + d] = v;
      norm += v * v;
    });
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < DIMS; d++) vecs[r * DIMS + d]! /= norm;
  }
  console.error("clusters: vectors ready");

  const paths = new Array<string>(vocab.length).fill("");
  const split = (members: number[], path: string, depth: number): void => {
    for (const r of members) paths[r] = path;
    if (depth >= MAX_DEPTH || members.length < 2 * MIN_LEAF) return;
    // Principal-direction split (PDDP): project the centred members on their first principal component, found
    // by power iteration, cut at zero, then refine with a few rounds of Euclidean 2-means.
    const mean = new Float64Array(DIMS);
    for (const r of members) for (let d = 0; d < DIMS; d++) mean[d]! += vecs[r * DIMS + d]!;
    for (let d = 0; d < DIMS; d++) mean[d]! /= members.length;
    let dir = new Float64Array(DIMS);
    for (let d = 0; d < DIMS; d++) dir[d] = rand() - 0.5;
    const proj1 = new Float64Array(members.length);
    for (let it = 0; it < 15; it++) {
      members.forEach((r, k) => {
        let s = 0;
        for (let d = 0; d < DIMS; d++) s += (vecs[r * DIMS + d]! - mean[d]!) * dir[d]!;
        proj1[k] = s;
      });
      const next = new Float64Array(DIMS);
      members.forEach((r, k) => {
        const s = proj1[k]!;
        for (let d = 0; d < DIMS; d++) next[d]! += s * (vecs[r * DIMS + d]! - mean[d]!);
      });
      let norm = 0;
      for (let d = 0; d < DIMS; d++) norm += next[d]! ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < DIMS; d++) next[d]! /= norm;
      dir = next;
    }
    const side = new Uint8Array(members.length);
    members.forEach((_, k) => (side[k] = proj1[k]! > 0 ? 1 : 0));
    const c0 = new Float64Array(DIMS);
    const c1 = new Float64Array(DIMS);
    for (let iter = 0; iter < 6; iter++) {
      c0.fill(0);
      c1.fill(0);
      let n0 = 0;
      let n1 = 0;
      members.forEach((r, k) => {
        const c = side[k] === 1 ? c1 : c0;
        if (side[k] === 1) n1++;
        else n0++;
        for (let d = 0; d < DIMS; d++) c[d]! += vecs[r * DIMS + d]!;
      });
      if (n0 === 0 || n1 === 0) break;
      for (let d = 0; d < DIMS; d++) {
        c0[d]! /= n0;
        c1[d]! /= n1;
      }
      let changed = 0;
      members.forEach((r, k) => {
        let d0 = 0;
        let d1 = 0;
        for (let d = 0; d < DIMS; d++) {
          const x = vecs[r * DIMS + d]!;
          d0 += (x - c0[d]!) ** 2;
          d1 += (x - c1[d]!) ** 2;
        }
        const s = d1 < d0 ? 1 : 0;
        if (s !== side[k]) changed++;
        side[k] = s;
      });
      if (changed === 0) break;
    }
    const left = members.filter((_, k) => side[k] === 0);
    const right = members.filter((_, k) => side[k] === 1);
    if (left.length < MIN_LEAF || right.length < MIN_LEAF) return;
    split(left, path + "0", depth + 1);
    split(right, path + "1", depth + 1);
  };
  split(
    vocab.map((_, r) => r),
    "",
    0,
  );
  const lines = vocab.map((id, r) => `${words[id]}\t${paths[r]}`);
  writeFileSync(out, gzipSync(lines.join("\n") + "\n", { level: 9 }));
  console.error(`clusters: wrote ${lines.length} words to ${out}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});

/** Eigen-decomposition of a symmetric matrix by cyclic Jacobi rotations; vectors are columns. */
function jacobiEigen(input: Float64Array, n: number): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(input);
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  for (let sweep = 0; sweep < 50; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p * n + q]! ** 2;
    if (off < 1e-18) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q]!;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (a[q * n + q]! - a[p * n + p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k * n + p]!;
          const akq = a[k * n + q]!;
          a[k * n + p] = c * akp - s * akq;
          a[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p * n + k]!;
          const aqk = a[q * n + k]!;
          a[p * n + k] = c * apk - s * aqk;
          a[q * n + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k * n + p]!;
          const vkq = v[k * n + q]!;
          v[k * n + p] = c * vkp - s * vkq;
          v[k * n + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) values[i] = a[i * n + i]!;
  return { values, vectors: v };
}
