/**
 * A typed array that grows by doubling while an index is built: a push is one store, with no per-element object.
 *
 * @example
 * const ids = GrowableArray.int32();
 * ids.push(7);
 * ids.data.subarray(0, ids.length) // Int32Array [7]
 */
export class GrowableArray<T extends Int32Array | Float32Array> {
  length = 0;

  constructor(
    public data: T,
    private readonly make: (n: number) => T,
  ) {}

  static int32(capacity = 1024): GrowableArray<Int32Array> {
    return new GrowableArray(new Int32Array(capacity), (n) => new Int32Array(n));
  }

  /** Makes room for `count` more values and counts them in; returns the array to write them to, from the old length. */
  reserve(count: number): T {
    let capacity = this.data.length;
    while (this.length + count > capacity) capacity *= 2;
    if (capacity > this.data.length) {
      const bigger = this.make(capacity);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.length += count;
    return this.data;
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = this.make(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
}
