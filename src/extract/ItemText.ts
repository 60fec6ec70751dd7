import type { Evidence } from "../domain/Evidence.js";
import type { ItemDraft } from "../domain/BriefingDraft.js";
import { tokenize, type Token } from "./tokenize.js";

/** The fields of an item that extraction reads, in the order it reads them. */
export type TextField = Evidence["field"];

export interface FieldText {
  field: TextField;
  text: string;
  /** The words of `text`, when already split: the taxonomy, discovery and theme passes share them. */
  tokens?: Token[];
}

/** The words of a field, split once. */
export function tokensOf(field: FieldText): Token[] {
  field.tokens ??= tokenize(field.text);
  return field.tokens;
}

/** The non-empty text fields of an item. */
export function itemTexts(item: Pick<ItemDraft, "title" | "summary" | "details">): FieldText[] {
  const fields: FieldText[] = [{ field: "title", text: item.title }];
  if (item.summary) fields.push({ field: "summary", text: item.summary });
  if (item.details) fields.push({ field: "details", text: item.details });
  return fields;
}

/** Keeps the first few pieces of evidence per target: enough to justify a link without bloating the graph. */
export const MAX_EVIDENCE_PER_LINK = 3;

/** Adds evidence to a per-target list, keeping at most MAX_EVIDENCE_PER_LINK entries. */
export function addEvidence(byTarget: Map<string, Evidence[]>, target: string, evidence: Evidence): void {
  const list = byTarget.get(target) ?? [];
  if (list.length < MAX_EVIDENCE_PER_LINK) list.push(evidence);
  byTarget.set(target, list);
}
