/**
 * Links from items to targets (organizations, themes, sources) with a value on each link, indexed both ways.
 */
export class LinkIndex<V> {
  private readonly forward = new Map<string, Map<string, V>>();
  private readonly backward = new Map<string, Set<string>>();
  private static readonly EMPTY: ReadonlySet<string> = new Set();

  add(sourceId: string, targetId: string, value: V): void {
    // Each map is written only when a key is new: loading a corpus calls this a million times.
    let targets = this.forward.get(sourceId);
    if (targets === undefined) this.forward.set(sourceId, (targets = new Map<string, V>()));
    targets.set(targetId, value);
    let sources = this.backward.get(targetId);
    if (sources === undefined) this.backward.set(targetId, (sources = new Set<string>()));
    sources.add(sourceId);
  }

  /** The targets of one source (an item), with the value of each link. */
  targetsOf(sourceId: string): ReadonlyMap<string, V> {
    return this.forward.get(sourceId) ?? new Map();
  }

  /** The sources (items) linked to one target. */
  sourcesOf(targetId: string): ReadonlySet<string> {
    return this.backward.get(targetId) ?? LinkIndex.EMPTY;
  }

  /** Every target with the items linked to it. */
  allTargets(): IterableIterator<[string, Set<string>]> {
    return this.backward.entries();
  }

  removeSource(sourceId: string): void {
    const targets = this.forward.get(sourceId);
    if (targets === undefined) return;
    for (const targetId of targets.keys()) {
      const sources = this.backward.get(targetId);
      sources?.delete(sourceId);
      if (sources?.size === 0) this.backward.delete(targetId);
    }
    this.forward.delete(sourceId);
  }
}
