/**
 * A small seeded pseudo-random generator (mulberry32) with the helpers the corpus needs. The corpus must be
 * byte-identical for a given seed, so nothing here may touch Math.random or the clock.
 */
export class Random {
  private state: number;

  /** `seed` is any integer; it is mixed (splitmix32) so that nearby seeds give unrelated streams. */
  constructor(seed: number) {
    let z = (seed >>> 0) + 0x9e3779b9;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    this.state = (z ^ (z >>> 16)) >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty list, uniformly. */
  pick<T>(list: readonly T[]): T {
    if (list.length === 0) throw new Error("Random.pick on an empty list");
    return list[Math.floor(this.next() * list.length)] as T;
  }

  /** One element of a non-empty list, with probability proportional to `weight(element)`. */
  weighted<T>(list: readonly T[], weight: (element: T) => number): T {
    let total = 0;
    for (const element of list) total += weight(element);
    let target = this.next() * total;
    for (const element of list) {
      target -= weight(element);
      if (target < 0) return element;
    }
    return this.pick(list);
  }

  /** A shuffled copy (Fisher-Yates). */
  shuffled<T>(list: readonly T[]): T[] {
    const copy = [...list];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  }

  /** A string of `length` characters drawn from `alphabet`. */
  chars(alphabet: string, length: number): string {
    let text = "";
    for (let i = 0; i < length; i += 1) text += alphabet[Math.floor(this.next() * alphabet.length)];
    return text;
  }
}
