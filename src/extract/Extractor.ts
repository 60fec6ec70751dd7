import type { BriefingDraft, ItemDraft, ParseWarning } from "../domain/BriefingDraft.js";
import type { BriefingGraph, EvidencedLink, SourceLink } from "../domain/BriefingGraph.js";
import type { Evidence } from "../domain/Evidence.js";
import type { Item } from "../domain/Item.js";
import type { Organization } from "../domain/Organization.js";
import type { Publisher } from "../domain/Publisher.js";
import { relationKey, type Relation } from "../domain/Relation.js";
import type { Risk } from "../domain/Risk.js";
import type { Source } from "../domain/Source.js";
import type { Theme } from "../domain/Theme.js";
import { normalizeName, normalizeOnce, slugify } from "../domain/normalizeName.js";
import { shortHash, toGlobalId } from "../domain/ids.js";
import type { Taxonomy } from "./loadTaxonomy.js";
import { OrganizationFinder, type KnownMention } from "./OrganizationFinder.js";
import { ThemeClassifier, type OrganizationCue } from "./ThemeClassifier.js";
import { RiskClassifier } from "./RiskClassifier.js";
import { ThemeRiskClassifier } from "./ThemeRiskClassifier.js";
import { discoverOrganizations } from "./OrganizationDiscoverer.js";
import { RelationExtractor, type FoundRelation, type OrganizationSpan } from "./RelationExtractor.js";
import { itemTexts, addEvidence, type FieldText, type TextField } from "./ItemText.js";
import { itemContentJson, type ItemContent } from "./itemContentJson.js";
import { normalizedUrl } from "./normalizeUrl.js";
import { registrableDomain } from "./registrableDomain.js";
import { compareCodeUnits, sortShortList } from "./sortShortList.js";

/**
 * Kinds of organization whose mention in a title or summary hints at a theme: a regulator or legislature acting
 * is usually about policy, a court about litigation, the military about national security.
 */
const THEME_OF_KIND: ReadonlyMap<Organization["kind"], string> = new Map([
  ["regulator", "policy-regulation"],
  ["legislature", "policy-regulation"],
  ["court", "litigation"],
  ["military", "national-security"],
]);

/** How many host names the publisher memo holds before it starts again: enough for any corpus of news sites. */
const MAX_REMEMBERED_HOSTS = 10_000;

/** Confidence given to organizations found by discovery rules rather than the reviewed taxonomy. */
export const DISCOVERED_CONFIDENCE = 0.6;

/** The graph of one briefing and the defects met while extracting it (bad URLs), with their lines. */
export interface Extraction {
  graph: BriefingGraph;
  warnings: ParseWarning[];
}

/** The reference nodes every store holds from the start, whether or not an item links to them. */
export interface TaxonomyNodes {
  themes: Theme[];
  risks: Risk[];
}

/** Turns parsed briefings into graph records: organizations, themes, risks, sources and publishers, with evidence. */
export class Extractor {
  private readonly finder: OrganizationFinder;
  private readonly themeRiskClassifier: ThemeRiskClassifier;
  private readonly organizationsBySlug: ReadonlyMap<string, Organization>;
  private readonly themesBySlug: ReadonlyMap<string, Theme>;
  private readonly risksByCode: ReadonlyMap<string, Risk>;
  private readonly relationExtractor: RelationExtractor;
  /** Publishers by host name, copied for each source (records are not shared between graphs). */
  private readonly publishersByHost = new Map<string, Publisher>();

  constructor(private readonly taxonomy: Taxonomy) {
    this.finder = new OrganizationFinder(taxonomy.organizations);
    this.themeRiskClassifier = new ThemeRiskClassifier(new ThemeClassifier(taxonomy.themes), new RiskClassifier(taxonomy.risks));
    this.organizationsBySlug = new Map(
      taxonomy.organizations.map((o) => [
        o.slug,
        {
          id: toGlobalId("Organization", o.slug),
          slug: o.slug,
          name: o.name,
          kind: o.kind,
          aliases: o.aliases,
          confidence: 1,
          reviewed: true,
        },
      ]),
    );
    this.themesBySlug = new Map(taxonomy.themes.map((t) => [t.slug, themeRecord(t)]));
    this.risksByCode = new Map(taxonomy.risks.flatMap(riskRecords).map((r) => [r.code, r]));
    this.relationExtractor = new RelationExtractor((key) => this.organizationsBySlug.get(key)?.kind);
  }

  /** Every theme of the taxonomy as a record, for stores to create up front. */
  themes(): Theme[] {
    return [...this.themesBySlug.values()];
  }

  /** Every risk subdomain of the taxonomy as a record, for stores to create up front. */
  risks(): Risk[] {
    return [...this.risksByCode.values()];
  }

  /** Every theme and risk, for `GraphStore.init`. */
  taxonomyNodes(): TaxonomyNodes {
    return { themes: this.themes(), risks: this.risks() };
  }

  /** The graph records of one briefing. Deterministic: the same draft always gives the same records and ids. */
  extract(draft: BriefingDraft): Extraction {
    const briefingId = toGlobalId("Briefing", draft.date);
    const records = new BriefingRecords();
    const seenItemIds = new Set<string>();
    for (const itemDraft of draft.items) {
      const itemId = toGlobalId("Item", `${draft.date}:${shortHash(normalizeOnce(itemDraft.title), 12)}`);
      if (seenItemIds.has(itemId)) {
        records.warnings.push({ line: itemDraft.line, message: `item "${itemDraft.title}" repeats an earlier item; kept once` });
        continue;
      }
      seenItemIds.add(itemId);
      const linkIds = this.extractItem(itemDraft, itemId, records);
      const place = { id: itemId, briefingId, date: draft.date, position: records.items.length, linkIds };
      records.items.push(itemRecord(itemDraft, place));
    }

    const graph: BriefingGraph = {
      briefing: { id: briefingId, date: draft.date, title: `${draft.heading} - ${draft.date}` },
      items: records.items,
      organizations: [...records.organizations.values()],
      themes: [...records.themes.values()],
      risks: [...records.risks.values()],
      publishers: [...records.publishers.values()],
      sources: [...records.sources.values()],
      itemOrganizations: records.itemOrganizations,
      itemThemes: records.itemThemes,
      itemRisks: records.itemRisks,
      itemSources: records.itemSources,
      relations: records.relations,
    };
    return { graph, warnings: records.warnings };
  }

  /**
   * Adds to `records` what one item links to (organizations, relations, themes, risks, sources), and returns the
   * ids of its links. A method of its own rather than the body of extract's loop: V8 then optimises the two apart,
   * and a rare path of one item (a relation, a bad URL) no longer sends the whole of extract back to be compiled.
   */
  private extractItem(itemDraft: ItemDraft, itemId: string, records: BriefingRecords): string[] {
    const texts = itemTexts(itemDraft);
    const linkIds: string[] = [];

    const { found, mentions, names, spans } = this.organizationsOf(texts);
    const foundRelations = this.relationExtractor.extract(texts, spans);
    // Organization ids by key, for the relations: most items state none, and need no map.
    const idOfKey = foundRelations.length === 0 ? null : new Map<string, string>();
    for (const [slug, evidence] of found) {
      const organization = this.organizationsBySlug.get(slug) ?? discoveredOrganization(slug, names.get(slug), evidence);
      records.organizations.set(organization.id, organization);
      records.itemOrganizations.push({ itemId, targetId: organization.id, evidence });
      linkIds.push(organization.id);
      idOfKey?.set(slug, organization.id);
    }
    if (idOfKey !== null) this.addRelations(itemId, foundRelations, idOfKey, records, linkIds);
    const classified = this.themeRiskClassifier.classify(texts, mentions, this.cuesOf(found));
    for (const [slug, evidence] of classified.themes) {
      const theme = this.themesBySlug.get(slug) as Theme;
      records.themes.set(theme.id, theme);
      records.itemThemes.push({ itemId, targetId: theme.id, evidence });
      linkIds.push(theme.id);
    }
    for (const [code, evidence] of classified.risks) {
      const risk = this.risksByCode.get(code) as Risk;
      records.risks.set(risk.id, risk);
      records.itemRisks.push({ itemId, targetId: risk.id, evidence });
      linkIds.push(risk.id);
    }
    const cited = this.sourcesOf(itemDraft, records.warnings);
    for (let position = 0; position < cited.length; position += 1) {
      const { source, publisher } = cited[position] as { source: Source; publisher: Publisher };
      records.sources.set(source.id, source);
      records.publishers.set(publisher.id, publisher);
      records.itemSources.push({ itemId, sourceId: source.id, position });
      linkIds.push(source.id);
    }
    return linkIds;
  }

  /** Adds the item's relations between organizations it links to, each once, and their link ids to `linkIds`. */
  private addRelations(
    itemId: string,
    foundRelations: readonly FoundRelation[],
    idOfKey: ReadonlyMap<string, string>,
    records: BriefingRecords,
    linkIds: string[],
  ): void {
    // The same relation may be stated twice ("acquires" in the title and the summary).
    const relationKeys = new Set<string>();
    for (const found of foundRelations) {
      const sourceId = idOfKey.get(found.sourceKey);
      const targetId = idOfKey.get(found.targetKey);
      if (sourceId === undefined || targetId === undefined || sourceId === targetId) continue;
      const relation: Relation = { itemId, sourceId, targetId, type: found.type, evidence: found.evidence };
      const key = relationKey(relation);
      if (relationKeys.has(key)) continue;
      relationKeys.add(key);
      records.relations.push(relation);
      linkIds.push(`relation:${key}`);
    }
  }

  /**
   * Taxonomy matches first, then discovered names, keyed by a "new:" slug prefix until reviewed. A discovered name
   * that is a taxonomy name after all ("Luka" for Luka Inc.), or the first words of a known organization named in
   * the same item, links that organization instead. Also returns where known names are, by field, and every
   * span naming an organization (known or discovered), for relation rules.
   */
  private organizationsOf(texts: FieldText[]): {
    found: Map<string, Evidence[]>;
    mentions: ReadonlyMap<TextField, KnownMention[]>;
    names: ReadonlyMap<string, string>;
    spans: OrganizationSpan[];
  } {
    const { found, mentions } = this.finder.scan(texts);
    // Plain loops: flatMap over the mentions showed up in profiles at several items per millisecond.
    const spans: OrganizationSpan[] = [];
    for (const [field, list] of mentions) {
      for (const m of list) spans.push({ key: m.slug, field, start: m.start, end: m.end });
    }
    const knownInItem = [...found.keys()];
    const names = new Map<string, string>();
    for (const discovered of discoverOrganizations(texts, mentions)) {
      const { field, start, end } = discovered.evidence;
      const known = this.finder.slugOfName(discovered.name) ?? this.longFormOf(discovered.name, knownInItem);
      if (known !== null) {
        if (!found.has(known)) addEvidence(found, known, discovered.evidence);
        spans.push({ key: known, field, start, end });
        continue;
      }
      const slug = slugify(discovered.name);
      if (this.taxonomy.rejectedOrganizations.has(slug)) continue;
      const key = `new:${slug}`;
      if (!names.has(key)) names.set(key, discovered.name);
      addEvidence(found, key, discovered.evidence);
      spans.push({ key, field, start, end });
    }
    return { found, mentions, names, spans };
  }

  /** The known organization among `slugs` whose name starts with the words of `name` ("Luka" -> Luka Inc.). */
  private longFormOf(name: string, slugs: readonly string[]): string | null {
    const prefix = `${normalizeName(name)} `;
    for (const slug of slugs) {
      const known = this.organizationsBySlug.get(slug);
      if (known !== undefined && normalizeName(known.name).startsWith(prefix)) return slug;
    }
    return null;
  }

  private cuesOf(found: ReadonlyMap<string, Evidence[]>): OrganizationCue[] {
    const cues: OrganizationCue[] = [];
    for (const [slug, evidence] of found) {
      const kind = this.organizationsBySlug.get(slug)?.kind;
      // A map rather than an object: a look-up by a kind that varies from call to call went through V8's slow path.
      const theme = kind === undefined ? undefined : THEME_OF_KIND.get(kind);
      const mention = evidence.find((e) => e.field !== "details");
      if (theme !== undefined && mention !== undefined && this.themesBySlug.has(theme)) cues.push({ key: theme, evidence: mention });
    }
    return cues;
  }

  /** The publisher of a host: a handful of hosts cite nearly every source, so each is worked out once. */
  private publisherOf(hostname: string): Publisher {
    let publisher = this.publishersByHost.get(hostname);
    if (publisher === undefined) {
      const domain = registrableDomain(hostname);
      publisher = { id: toGlobalId("Publisher", domain), domain, name: this.taxonomy.publisherNames.get(domain) ?? domain };
      if (this.publishersByHost.size >= MAX_REMEMBERED_HOSTS) this.publishersByHost.clear();
      this.publishersByHost.set(hostname, publisher);
    }
    return publisher;
  }

  private sourcesOf(item: ItemDraft, warnings: ParseWarning[]): Array<{ source: Source; publisher: Publisher }> {
    // Most items cite no source.
    if (item.sources.length === 0) return [];
    const cited = new Map<string, { source: Source; publisher: Publisher }>();
    for (const line of item.sources) {
      const parsed = normalizedUrl(line.url);
      if (parsed === null) {
        warnings.push({ line: line.line, message: `source "${line.url}" is not an http(s) URL or reddit path; skipped` });
        continue;
      }
      const url = parsed.toString();
      if (cited.has(url)) continue;
      const { id, domain, name } = this.publisherOf(parsed.hostname);
      const publisher: Publisher = { id, domain, name };
      cited.set(url, { source: { id: toGlobalId("Source", url), url, publisherId: publisher.id }, publisher });
    }
    return [...cited.values()];
  }
}

/** The records of one briefing's graph as its items are extracted: shared ones (organizations…) by id. */
class BriefingRecords {
  readonly warnings: ParseWarning[] = [];
  readonly items: Item[] = [];
  readonly organizations = new Map<string, Organization>();
  readonly themes = new Map<string, Theme>();
  readonly risks = new Map<string, Risk>();
  readonly publishers = new Map<string, Publisher>();
  readonly sources = new Map<string, Source>();
  readonly itemOrganizations: EvidencedLink[] = [];
  readonly itemThemes: EvidencedLink[] = [];
  readonly itemRisks: EvidencedLink[] = [];
  readonly itemSources: SourceLink[] = [];
  readonly relations: Relation[] = [];
}

function discoveredOrganization(key: string, name: string | undefined, evidence: Evidence[]): Organization {
  const slug = key.replace(/^new:/, "");
  return {
    id: toGlobalId("Organization", slug),
    slug,
    name: name ?? evidence[0]?.text ?? slug,
    kind: "company",
    aliases: [],
    confidence: DISCOVERED_CONFIDENCE,
    reviewed: false,
  };
}

function themeRecord(theme: Taxonomy["themes"][number]): Theme {
  return { id: toGlobalId("Theme", theme.slug), slug: theme.slug, name: theme.name, description: theme.description };
}

/** The subdomains of one risk domain as records; ids are stable: toGlobalId("Risk", code). */
function riskRecords(domain: Taxonomy["risks"][number]): Risk[] {
  return domain.subdomains.map((s) => ({
    id: toGlobalId("Risk", s.code),
    code: s.code,
    name: s.name,
    description: s.description,
    domainCode: domain.code,
    domainName: domain.name,
  }));
}

function itemRecord(
  draft: ItemDraft,
  place: { id: string; briefingId: string; date: string; position: number; linkIds: string[] },
): Item {
  const content: ItemContent = {
    section: draft.section,
    priority: draft.priority,
    title: draft.title,
    summary: draft.summary,
    details: draft.details,
    position: place.position,
    // The caller is done with the list: sorted in place.
    links: sortShortList(place.linkIds, compareCodeUnits),
  };
  return {
    id: place.id,
    briefingId: place.briefingId,
    date: place.date,
    position: place.position,
    section: draft.section,
    priority: draft.priority,
    title: draft.title,
    summary: draft.summary,
    details: draft.details,
    contentHash: shortHash(itemContentJson(content)),
  };
}
