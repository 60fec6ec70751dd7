/**
 * The form names are compared in: lower case, accents and punctuation folded, single spaces.
 * "Department of Defense", "department-of-defense" and " DEPARTMENT OF DEFENSE " are equal.
 */
export function normalizeName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’‘`]s\b/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** A URL- and id-safe slug of a name: "SiftD.ai" -> "siftd-ai". */
export function slugify(name: string): string {
  return normalizeName(name).replace(/ /g, "-");
}
