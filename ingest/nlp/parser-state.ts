/**
 * Arc-hybrid transition system (Kuhlmann et al. 2011) over words 1..n, with the root (0) at the bottom of
 * the stack. SHIFT pushes the buffer front; LEFT makes the buffer front the head of the stack top and pops
 * it; RIGHT makes the second stack item the head of the top and pops it. The root takes a dependent only
 * when the buffer is empty, so every tree has a single root word.
 */

export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;
export type Transition = typeof SHIFT | typeof LEFT | typeof RIGHT;

export class ParserState {
  readonly stack: Int32Array;
  depth = 1;
  /** Index of the buffer front (1-based word index); n + 1 when the buffer is empty. */
  front = 1;
  readonly heads: Int32Array;
  /** Leftmost, second leftmost, rightmost and second rightmost dependents (−1 when none). */
  readonly l1: Int32Array;
  readonly l2: Int32Array;
  readonly r1: Int32Array;
  readonly r2: Int32Array;
  readonly leftCount: Uint16Array;
  readonly rightCount: Uint16Array;
  /** Label id (1-based) of each attached word, when the parser labels arcs as it makes them (else 0). */
  readonly labels: Int32Array;
  /** Sets of the labels of each word's left and right dependents, as bits of label ids 0–31 and 32–63. */
  readonly leftLabelsLow: Int32Array;
  readonly leftLabelsHigh: Int32Array;
  readonly rightLabelsLow: Int32Array;
  readonly rightLabelsHigh: Int32Array;

  constructor(readonly n: number) {
    this.stack = new Int32Array(n + 2);
    this.stack[0] = 0;
    this.heads = new Int32Array(n + 1).fill(-1);
    this.l1 = new Int32Array(n + 1).fill(-1);
    this.l2 = new Int32Array(n + 1).fill(-1);
    this.r1 = new Int32Array(n + 1).fill(-1);
    this.r2 = new Int32Array(n + 1).fill(-1);
    this.leftCount = new Uint16Array(n + 1);
    this.rightCount = new Uint16Array(n + 1);
    this.labels = new Int32Array(n + 1);
    this.leftLabelsLow = new Int32Array(n + 1);
    this.leftLabelsHigh = new Int32Array(n + 1);
    this.rightLabelsLow = new Int32Array(n + 1);
    this.rightLabelsHigh = new Int32Array(n + 1);
  }

  /** Labels the arc into the attached word d (label id 1..63). */
  setLabel(d: number, label: number): void {
    this.labels[d] = label;
    const head = this.heads[d]!;
    const bit = 1 << (label & 31);
    if (d < head) {
      if (label < 32) this.leftLabelsLow[head]! |= bit;
      else this.leftLabelsHigh[head]! |= bit;
    } else if (label < 32) this.rightLabelsLow[head]! |= bit;
    else this.rightLabelsHigh[head]! |= bit;
  }

  /** Back to the initial state (root alone on the stack, every word in the buffer, no arcs, no labels). */
  reset(): void {
    this.depth = 1;
    this.front = 1;
    this.heads.fill(-1);
    this.l1.fill(-1);
    this.l2.fill(-1);
    this.r1.fill(-1);
    this.r2.fill(-1);
    this.leftCount.fill(0);
    this.rightCount.fill(0);
    this.labels.fill(0);
    this.leftLabelsLow.fill(0);
    this.leftLabelsHigh.fill(0);
    this.rightLabelsLow.fill(0);
    this.rightLabelsHigh.fill(0);
  }

  /**
   * Makes this state a copy of `other` (same sentence length), for beam search. The label arrays are copied
   * only with `labels`: without label features they stay 0 and the copy is half as much work.
   */
  copyFrom(other: ParserState, labels = true): void {
    if (other.n !== this.n) throw new Error("parser-state: copying a state of another sentence length");
    this.depth = other.depth;
    this.front = other.front;
    // Plain loops: sentences are short, and set() with subarray views costs more than the copying here.
    for (let i = 0; i < other.depth; i++) this.stack[i] = other.stack[i]!;
    for (let w = 0; w <= this.n; w++) {
      this.heads[w] = other.heads[w]!;
      this.l1[w] = other.l1[w]!;
      this.l2[w] = other.l2[w]!;
      this.r1[w] = other.r1[w]!;
      this.r2[w] = other.r2[w]!;
      this.leftCount[w] = other.leftCount[w]!;
      this.rightCount[w] = other.rightCount[w]!;
    }
    if (!labels) return;
    this.labels.set(other.labels);
    this.leftLabelsLow.set(other.leftLabelsLow);
    this.leftLabelsHigh.set(other.leftLabelsHigh);
    this.rightLabelsLow.set(other.rightLabelsLow);
    this.rightLabelsHigh.set(other.rightLabelsHigh);
  }

  /** Stack item i from the top (0 = top), or −1. */
  s(i: number): number {
    return i < this.depth ? this.stack[this.depth - 1 - i]! : -1;
  }

  /** Buffer item i from the front, or −1. */
  b(i: number): number {
    const w = this.front + i;
    return w <= this.n ? w : -1;
  }

  get done(): boolean {
    return this.front > this.n && this.depth === 1;
  }

  canApply(t: Transition): boolean {
    const bufferEmpty = this.front > this.n;
    if (t === SHIFT) return !bufferEmpty;
    if (t === LEFT) return !bufferEmpty && this.depth > 1;
    // The root (bottom of the stack) takes its single dependent last.
    return this.depth > 2 || (this.depth === 2 && bufferEmpty);
  }

  apply(t: Transition): void {
    if (t === SHIFT) {
      this.stack[this.depth++] = this.front++;
    } else if (t === LEFT) {
      this.attach(this.front, this.stack[--this.depth]!);
    } else {
      const dependent = this.stack[--this.depth]!;
      this.attach(this.stack[this.depth - 1]!, dependent);
    }
  }

  private attach(head: number, dependent: number): void {
    this.heads[dependent] = head;
    if (dependent < head) {
      this.leftCount[head]!++;
      if (this.l1[head] === -1 || dependent < this.l1[head]!) {
        this.l2[head] = this.l1[head]!;
        this.l1[head] = dependent;
      } else if (this.l2[head] === -1 || dependent < this.l2[head]!) this.l2[head] = dependent;
    } else {
      this.rightCount[head]!++;
      if (this.r1[head] === -1 || dependent > this.r1[head]!) {
        this.r2[head] = this.r1[head]!;
        this.r1[head] = dependent;
      } else if (this.r2[head] === -1 || dependent > this.r2[head]!) this.r2[head] = dependent;
    }
  }
}
