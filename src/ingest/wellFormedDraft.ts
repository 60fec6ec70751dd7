import { IsoDate, Section, type BriefingDraft, type ItemDraft, type ParseWarning, type SourceLine } from "../domain/BriefingDraft.js";

/**
 * The draft as BriefingDraft.parse would return it (new objects, schema keys only, in schema order), when it
 * certainly fits the schema; null when it may not, and zod must judge and word the issues. Checking the items by
 * hand is several times cheaper than zod, and every parsed briefing is checked. Each test here is as strict as the
 * schema's or stricter, so a draft it accepts is one that the schema accepts.
 */
export function wellFormedDraft(draft: BriefingDraft): BriefingDraft | null {
  if (!isText(draft.file) || !isText(draft.heading) || !IsoDate.safeParse(draft.date).success) return null;
  const items: ItemDraft[] = [];
  for (const item of draft.items) {
    const checked = wellFormedItem(item);
    if (checked === null) return null;
    items.push(checked);
  }
  const warnings: ParseWarning[] = [];
  for (const warning of draft.warnings) {
    if (!isPositiveInteger(warning.line) || !isText(warning.message)) return null;
    warnings.push({ line: warning.line, message: warning.message });
  }
  return { file: draft.file, date: draft.date, heading: draft.heading, items, warnings };
}

const SECTIONS: ReadonlySet<unknown> = new Set(Section.options);

function wellFormedItem(item: ItemDraft): ItemDraft | null {
  if (!SECTIONS.has(item.section) || !isPositiveInteger(item.line) || !isText(item.title)) return null;
  if (!(item.priority === null || isPositiveInteger(item.priority))) return null;
  if (!(item.summary === null || isText(item.summary)) || !(item.details === null || isText(item.details))) return null;
  const sources: SourceLine[] = [];
  for (const source of item.sources) {
    if (!isSafeInteger(source.ref) || source.ref < 0 || !isText(source.url) || !isPositiveInteger(source.line)) return null;
    sources.push({ ref: source.ref, url: source.url, line: source.line });
  }
  const { section, priority, title, summary, details, line } = item;
  return { section, priority, title, summary, details, sources, line };
}

function isText(value: unknown): value is string {
  return typeof value === "string" && value.length >= 1;
}

function isPositiveInteger(value: unknown): value is number {
  return isSafeInteger(value) && value > 0;
}

function isSafeInteger(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value);
}
