/**
 * An open-addressing hash table from a pair of non-negative int32 ids to an int32 value, in typed arrays: the index
 * builder looks a bigram up by its two unigram ids tens of millions of times, where a `Map` keyed by a combined
 * number would box every key above 2^31.
 *
 * @example
 * const table = new IdPairTable();
 * table.set(3, 7, 42);
 * table.get(3, 7) // 42; table.get(7, 3) // -1
 */
export class IdPairTable {
  private firsts: Int32Array;
  private seconds: Int32Array;
  private values: Int32Array;
  private mask: number;
  size = 0;

  constructor(capacity = 1 << 16) {
    const slots = 2 ** Math.ceil(Math.log2(Math.max(capacity, 16)));
    this.firsts = new Int32Array(slots).fill(-1);
    this.seconds = new Int32Array(slots);
    this.values = new Int32Array(slots);
    this.mask = slots - 1;
  }

  /** The value stored for (first, second), or -1. */
  get(first: number, second: number): number {
    for (let slot = this.slotOf(first, second); ; slot = (slot + 1) & this.mask) {
      const f = this.firsts[slot];
      if (f === -1) return -1;
      if (f === first && this.seconds[slot] === second) return this.values[slot];
    }
  }

  set(first: number, second: number, value: number): void {
    // Kept at most half full, so probes stay short.
    if ((this.size + 1) * 2 > this.firsts.length) this.grow();
    let slot = this.slotOf(first, second);
    while (this.firsts[slot] !== -1) {
      if (this.firsts[slot] === first && this.seconds[slot] === second) {
        this.values[slot] = value;
        return;
      }
      slot = (slot + 1) & this.mask;
    }
    this.firsts[slot] = first;
    this.seconds[slot] = second;
    this.values[slot] = value;
    this.size++;
  }

  private slotOf(first: number, second: number): number {
    return (Math.imul(first, 0x9e3779b1) ^ Math.imul(second, 0x85ebca77)) & this.mask;
  }

  private grow(): void {
    const { firsts, seconds, values } = this;
    const slots = firsts.length * 2;
    this.firsts = new Int32Array(slots).fill(-1);
    this.seconds = new Int32Array(slots);
    this.values = new Int32Array(slots);
    this.mask = slots - 1;
    this.size = 0;
    for (let i = 0; i < firsts.length; i++) if (firsts[i] !== -1) this.set(firsts[i], seconds[i], values[i]);
  }
}
