import MiniSearch from "minisearch";
import type { Item } from "../../domain/Item.js";
import type { Organization } from "../../domain/Organization.js";
import type { Theme } from "../../domain/Theme.js";
import { SEARCH_FIELD_BOOSTS, searchWords, tokenizeText, type SearchField } from "../searchWords.js";

/** The records the index covers, by global id, as the store holds them. */
export interface SearchableRecords {
  items: ReadonlyMap<string, Item>;
  /**
   * The item ids of each briefing. The store sets a new list whenever it writes a briefing, so a list that is
   * the same object as at the last search means none of that briefing's items changed.
   */
  itemIdsByBriefing: ReadonlyMap<string, readonly string[]>;
  organizations: ReadonlyMap<string, Organization>;
  themes: ReadonlyMap<string, Theme>;
}

type SearchDocument = { id: string } & Partial<Record<SearchField, string>>;

/** What was indexed for a record: the record, and a key that changes when its searchable text does. */
interface Indexed<T> {
  record: T;
  key: string;
}

/**
 * The embedded store's full-text index (MiniSearch) for finding search candidates over items (title, summary, details), organizations
 * (name, aliases) and themes (slug, name, description). It follows the store incrementally before each search:
 * only items of briefings written since the last search are looked at (re-added when their text changed,
 * discarded when gone), so a search after no write costs a pass over the briefings, not over 100,000 items.
 * Indexing everything takes about 10 s for 110,000 items: the store warms the index in small steps after a bulk
 * load (syncSome), and a search before the end indexes the rest at once. No write path waits for the index.
 */
export class SearchIndex {
  private readonly engine = new MiniSearch<SearchDocument>({
    fields: Object.keys(SEARCH_FIELD_BOOSTS),
    idField: "id",
    tokenize: tokenizeText,
    // The tokenizer already lower-cases; nothing else is folded, as in Neo4j's standard analyzer.
    processTerm: (term) => term,
    searchOptions: { boost: { ...SEARCH_FIELD_BOOSTS }, combineWith: "OR" },
  });
  private readonly items = new Map<string, Indexed<Item>>();
  private readonly organizations = new Map<string, Indexed<Organization>>();
  private readonly themes = new Map<string, Indexed<Theme>>();
  /** Each briefing's item list as of the last search. */
  private readonly briefingItems = new Map<string, readonly string[]>();

  /**
   * The ids of the records `query` may match, at most `perType` items, organizations and themes each (MiniSearch's
   * best), after bringing the index in step with `records`. They are candidates only: searchScore ranks them.
   */
  candidates(query: string, perType: number, records: SearchableRecords): string[] {
    const words = searchWords(query);
    if (words.length === 0 || perType <= 0) return [];
    this.sync(records);
    // One sub-query per word, OR-ed, each loose or exact as searchWords decided.
    const results = this.engine.search({
      combineWith: "OR",
      queries: words.map((w) => ({ queries: [w.text], prefix: w.loose, fuzzy: w.loose ? 1 : false })),
    });
    const taken = { items: 0, organizations: 0, themes: 0 };
    const ids: string[] = [];
    for (const { id } of results) {
      const kind = records.items.has(id) ? "items" : records.organizations.has(id) ? "organizations" : "themes";
      if (taken[kind] >= perType) continue;
      taken[kind] += 1;
      ids.push(id as string);
    }
    return ids;
  }

  /**
   * Indexes the items of at most `maxBriefings` briefings written since the last sync, for warming the index in
   * steps between requests. Answers whether briefings remain.
   */
  syncSome(records: SearchableRecords, maxBriefings: number): boolean {
    let synced = 0;
    for (const [briefingId, ids] of records.itemIdsByBriefing) {
      const seen = this.briefingItems.get(briefingId);
      if (seen === ids) continue;
      if (synced === maxBriefings) return true;
      for (const id of new Set([...(seen ?? []), ...ids])) this.follow(this.items, id, records.items.get(id), itemKey, itemDocument);
      this.briefingItems.set(briefingId, ids);
      synced += 1;
    }
    return false;
  }

  private sync(records: SearchableRecords): void {
    const touched = this.touchedItemIds(records);
    for (const id of touched) this.follow(this.items, id, records.items.get(id), itemKey, itemDocument);
    if (this.items.size !== records.items.size) {
      // Counts that still disagree would mean a write the briefing lists missed: check every item.
      for (const id of new Set([...this.items.keys(), ...records.items.keys()])) {
        this.follow(this.items, id, records.items.get(id), itemKey, itemDocument);
      }
    }
    if (touched.size > 0 || this.organizations.size !== records.organizations.size) {
      for (const id of new Set([...this.organizations.keys(), ...records.organizations.keys()])) {
        this.follow(this.organizations, id, records.organizations.get(id), organizationKey, organizationDocument);
      }
    }
    // Themes change on init as well as on ingest, and there are few of them.
    for (const id of new Set([...this.themes.keys(), ...records.themes.keys()])) {
      this.follow(this.themes, id, records.themes.get(id), themeKey, themeDocument);
    }
  }

  /** Ids of items in briefings whose item list changed since the last search, before and after. */
  private touchedItemIds(records: SearchableRecords): Set<string> {
    const touched = new Set<string>();
    for (const [briefingId, ids] of records.itemIdsByBriefing) {
      const seen = this.briefingItems.get(briefingId);
      if (seen === ids) continue;
      for (const id of seen ?? []) touched.add(id);
      for (const id of ids) touched.add(id);
      this.briefingItems.set(briefingId, ids);
    }
    if (this.briefingItems.size !== records.itemIdsByBriefing.size) {
      for (const [briefingId, ids] of this.briefingItems) {
        if (records.itemIdsByBriefing.has(briefingId)) continue;
        for (const id of ids) touched.add(id);
        this.briefingItems.delete(briefingId);
      }
    }
    return touched;
  }

  /** Makes the index hold `record` under `id`, or nothing when it is gone; unchanged text is not re-indexed. */
  private follow<T extends { id: string }>(
    indexed: Map<string, Indexed<T>>,
    id: string,
    record: T | undefined,
    keyOf: (record: T) => string,
    documentOf: (record: T) => SearchDocument,
  ): void {
    const current = indexed.get(id);
    if (current?.record === record) return;
    if (record === undefined) {
      this.engine.discard(id);
      indexed.delete(id);
      return;
    }
    const key = keyOf(record);
    if (current?.key !== key) {
      if (current !== undefined) this.engine.discard(id);
      this.engine.add(documentOf(record));
    }
    indexed.set(id, { record, key });
  }
}

// Item content hashes cover their text; organizations and themes are keyed by the text that is indexed.
const itemKey = (item: Item) => item.contentHash;
const organizationKey = (o: Organization) => [o.name, ...o.aliases].join("\u0000");
const themeKey = (t: Theme) => [t.slug, t.name, t.description].join("\u0000");

function itemDocument({ id, title, summary, details }: Item): SearchDocument {
  return { id, title, summary: summary ?? "", details: details ?? "" };
}

function organizationDocument({ id, name, aliases }: Organization): SearchDocument {
  return { id, name, aliases: aliases.join(" | ") };
}

function themeDocument({ id, slug, name, description }: Theme): SearchDocument {
  return { id, slug, name, description };
}
