/** A discovered name with whatever justifies it. */
interface Named {
  name: string;
}

/**
 * Gives each discovered organization of one item its fullest name: an acronym that abbreviates a longer name of
 * the item is spelled out ("TVA" -> "Tennessee Valley Authority"), and a short form is folded into a longer
 * discovered name that starts with the same words ("Chai" -> "Chai Research").
 */
export function foldDiscoveredNames<T extends Named>(found: readonly T[], longNames: readonly string[], renamed: Rename<T>): T[] {
  return foldShortForms(expandAcronyms(found, longNames, renamed), renamed);
}

/**
 * A copy of a discovered name under another name, built by the caller: a spread ({ ...discovered, name }) gave
 * these copies shapes of their own, and the code reading them was compiled again for each.
 */
type Rename<T> = (discovered: T, name: string) => T;

function expandAcronyms<T extends Named>(found: readonly T[], longNames: readonly string[], renamed: Rename<T>): T[] {
  return found.map((discovered) => {
    if (!/^\p{Lu}{2,6}$/u.test(discovered.name)) return discovered;
    const long = longNames.find((name) => initials(name) === discovered.name);
    return long === undefined ? discovered : renamed(discovered, long);
  });
}

function initials(name: string): string {
  return name
    .split(/[\s&-]+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word.charAt(0))
    .join("");
}

function foldShortForms<T extends Named>(found: readonly T[], renamed: Rename<T>): T[] {
  const words = (name: string) => name.toLowerCase().split(/\s+/);
  const names = [...new Set(found.map((f) => f.name))].map(words);
  return found.map((discovered) => {
    const own = words(discovered.name);
    const longer = names
      .filter((other) => other.length > own.length && own.every((w, k) => other[k] === w))
      .sort((a, b) => b.length - a.length)[0];
    if (longer === undefined) return discovered;
    const full = found.find((f) => words(f.name).join(" ") === longer.join(" ")) as T;
    return renamed(discovered, full.name);
  });
}
