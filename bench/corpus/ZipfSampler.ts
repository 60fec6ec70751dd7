import type { Random } from "./Random.js";

/**
 * Draws elements of a ranked list with Zipf-like popularity: the element at rank r (1-based) has weight
 * 1 / r^exponent, so a few names dominate the news and a long tail appears rarely, as in real briefings.
 */
export class ZipfSampler<T> {
  private readonly cumulative: Float64Array;

  constructor(
    private readonly ranked: readonly T[],
    exponent: number,
  ) {
    if (ranked.length === 0) throw new Error("ZipfSampler needs at least one element");
    this.cumulative = new Float64Array(ranked.length);
    let total = 0;
    for (let rank = 1; rank <= ranked.length; rank += 1) {
      total += 1 / rank ** exponent;
      this.cumulative[rank - 1] = total;
    }
  }

  /** One element, by binary search over the cumulative weights. */
  sample(random: Random): T {
    const target = random.next() * (this.cumulative[this.cumulative.length - 1] as number);
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.cumulative[middle] as number) > target) high = middle;
      else low = middle + 1;
    }
    return this.ranked[low] as T;
  }
}
