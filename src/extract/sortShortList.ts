/** Lists longer than this are left to Array.prototype.sort: insertion sort takes time quadratic in the length. */
const MAX_INSERTION_SORT_LENGTH = 32;

/**
 * Sorts `list` in place by `compare`, stably, in the order Array.prototype.sort gives, and returns it. For the
 * few entries of one item (its link ids, the names in a field): V8's sort allocates working storage on every
 * call, a cost that showed in allocation profiles at several calls per item, which an insertion sort does not.
 */
export function sortShortList<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  if (list.length > MAX_INSERTION_SORT_LENGTH) return list.sort(compare);
  for (let i = 1; i < list.length; i += 1) {
    const entry = list[i] as T;
    let j = i - 1;
    while (j >= 0 && compare(list[j] as T, entry) > 0) {
      list[j + 1] = list[j] as T;
      j -= 1;
    }
    list[j + 1] = entry;
  }
  return list;
}

/** The order Array.prototype.sort gives strings without a compare function: by UTF-16 code units. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
