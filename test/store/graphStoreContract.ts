import { beforeEach, describe, expect, it } from "vitest";
import type { GraphLink, GraphStore, Page } from "../../src/store/GraphStore.js";
import { toGlobalId } from "../../src/domain/ids.js";
import { ItemCard, type Item } from "../../src/domain/Item.js";
import type { Organization } from "../../src/domain/Organization.js";
import type { Theme } from "../../src/domain/Theme.js";
import { neighborhoodSearch } from "../../src/store/neighborhoodSearch.js";
import { graphOf, SECOND_BRIEFING, SECOND_BRIEFING_REVISED, seedText, testExtractor } from "../support/briefings.js";

/** Pages with each row as its item card: item pages may hold cards or whole items (ItemCard drops the rest). */
const cardPages = (pages: ReadonlyArray<Page<ItemCard>>) => pages.map(({ rows, totalCount }) => ({ rows: rows.map((row) => ItemCard.parse(row)), totalCount }));

const ALL = { offset: 0, limit: 1000 };

/** Number of links of every kind, as seen through the store's own reads. */
async function linkCount(store: GraphStore): Promise<number> {
  const items = (await store.items({}, ALL)).rows.map((i) => i.id);
  const orgs = await store.organizationsOfItems(items);
  const themes = await store.themesOfItems(items);
  const sources = await store.sourcesOfItems(items);
  return [...orgs, ...themes, ...sources].reduce((n, list) => n + list.length, 0);
}

/**
 * The behaviour every GraphStore must have. Run against each store with a factory that gives an empty,
 * initialised store (and cleans up what the previous test left).
 */
export function graphStoreContract(name: string, emptyStore: () => Promise<GraphStore>): void {
  describe(`GraphStore contract: ${name}`, () => {
    let store: GraphStore;
    const seed = graphOf(seedText(), "seed.txt");
    const second = graphOf(SECOND_BRIEFING, "second.txt");

    beforeEach(async () => {
      store = await emptyStore();
      await store.init(testExtractor().taxonomyNodes());
    });

    it("creates every taxonomy theme on init, with no items yet", async () => {
      const themes = await store.themes();
      expect(themes.map((t) => t.theme.slug)).toEqual(expect.arrayContaining(["agents", "compute-infrastructure", "supply-chain-security"]));
      expect(themes.every((t) => t.itemCount === 0)).toBe(true);
      expect((await store.counts()).themes).toBe(testExtractor().themes().length);
    });

    it("stores a briefing with all its items and reports them created", async () => {
      const outcome = await store.ingest(seed);
      expect(outcome).toEqual({ briefingCreated: true, itemsCreated: 31, itemsUpdated: 0, itemsUnchanged: 0, itemsRemoved: 0 });
      const counts = await store.counts();
      expect(counts.briefings).toBe(1);
      expect(counts.items).toBe(31);
      expect(counts.sources).toBe(12);
      expect(counts.publishers).toBe(8);
    });

    it("changes nothing when the same briefing is ingested again", async () => {
      await store.ingest(seed);
      const before = { counts: await store.counts(), links: await linkCount(store), items: (await store.items({}, ALL)).rows };
      const outcome = await store.ingest(graphOf(seedText(), "again.txt"));
      expect(outcome).toEqual({ briefingCreated: false, itemsCreated: 0, itemsUpdated: 0, itemsUnchanged: 31, itemsRemoved: 0 });
      expect(await store.counts()).toEqual(before.counts);
      expect(await linkCount(store)).toBe(before.links);
      expect((await store.items({}, ALL)).rows).toEqual(before.items);
    });

    it("replaces a revised briefing: dropped items go, changed ones are updated, orphans are removed", async () => {
      await store.ingest(second);
      expect(await store.organizationByName("TSMC")).not.toBeNull();
      const outcome = await store.ingest(graphOf(SECOND_BRIEFING_REVISED, "revised.txt"));
      expect(outcome).toEqual({ briefingCreated: false, itemsCreated: 1, itemsUpdated: 1, itemsUnchanged: 1, itemsRemoved: 1 });
      expect((await store.counts()).items).toBe(3);
      expect(await store.organizationByName("TSMC")).toBeNull();
      expect(await store.organizationByName("Anthropic")).not.toBeNull();
    });

    it("lists briefings newest first and finds one by date", async () => {
      await store.ingest(seed);
      await store.ingest(second);
      const page = await store.briefings({ offset: 0, limit: 10 });
      expect(page.totalCount).toBe(2);
      expect(page.rows.map((b) => b.briefing.date)).toEqual(["2026-04-02", "2026-03-25"]);
      expect(page.rows.map((b) => b.itemCount)).toEqual([second.items.length, seed.items.length]);
      expect((await store.briefings({ offset: 1, limit: 1 })).rows.map((b) => b.briefing.date)).toEqual(["2026-03-25"]);
      expect(await store.briefings({ offset: 0, limit: 1 })).toMatchObject({ totalCount: 2, rows: [{ briefing: { date: "2026-04-02" } }] });
      expect(await store.briefings({ offset: 2, limit: 10 })).toEqual({ totalCount: 2, rows: [] });
      expect((await store.briefingByDate("2026-03-25"))?.id).toBe(toGlobalId("Briefing", "2026-03-25"));
      expect(await store.briefingByDate("2020-01-01")).toBeNull();
    });

    it("orders items newest briefing first, then in briefing order, and pages through them", async () => {
      await store.ingest(seed);
      await store.ingest(second);
      const all = await store.items({}, ALL);
      expect(all.totalCount).toBe(34);
      expect(all.rows.slice(0, 3).every((i) => i.date === "2026-04-02")).toBe(true);
      const seedItems = all.rows.filter((i) => i.date === "2026-03-25");
      expect(seedItems.map((i) => i.position)).toEqual([...seedItems.keys()]);
      const pages = [];
      for (let offset = 0; offset < all.totalCount; offset += 7) pages.push(...(await store.items({}, { offset, limit: 7 })).rows);
      expect(pages.map((i) => i.id)).toEqual(all.rows.map((i) => i.id));
    });

    it("orders items oldest first on request, still in briefing order within a day", async () => {
      await store.ingest(seed);
      await store.ingest(second);
      const newest = (await store.items({}, ALL)).rows;
      const oldest = (await store.items({ order: "OLDEST_FIRST" }, ALL)).rows;
      expect(oldest.slice(0, 31).map((i) => i.id)).toEqual(newest.slice(3).map((i) => i.id));
      expect(oldest.slice(31).map((i) => i.id)).toEqual(newest.slice(0, 3).map((i) => i.id));
      const [page] = await store.itemPages([{ query: { order: "OLDEST_FIRST", section: "TOP_PRIORITY" }, page: { offset: 0, limit: 2 } }]);
      expect(page!.rows.map((i) => [i.briefingId, i.priority])).toEqual([[toGlobalId("Briefing", "2026-03-25"), 1], [toGlobalId("Briefing", "2026-03-25"), 2]]);
      expect(page!.totalCount).toBe(5);
    });

    it("gives pages of items with the selected links of every row, as the separate calls give them", async () => {
      await store.ingest(seed);
      await store.ingest(second);
      const requests = [
        { query: {}, page: { offset: 0, limit: 40 } },
        { query: { section: "TOP_PRIORITY" as const }, page: { offset: 1, limit: 3 } },
        { query: { text: "no item says this" }, page: { offset: 0, limit: 5 } },
      ];
      const everything = { briefing: true, organizations: true, themes: true, risks: true, sources: true, evidence: true };
      const [withLinks, plain] = [await store.itemPagesWithLinks(requests, everything), await store.itemPages(requests)];
      expect(withLinks.map(({ rows, totalCount }) => ({ rows, totalCount }))).toEqual(plain);
      // Rows are item cards, or whole items (the embedded store keeps them): the cards of the items listed alike.
      expect(cardPages(plain)).toEqual(cardPages(await Promise.all(requests.map((r) => store.items(r.query, r.page)))));
      // The second page repeats items of the first; the separate calls take each id once, as loaders send them.
      const rows = withLinks[0]!.rows;
      const links = withLinks[0]!.links;
      expect(rows.length).toBe(34);
      expect(withLinks[1]!.links).toEqual(withLinks[1]!.rows.map((item) => links[rows.findIndex((r) => r.id === item.id)]));
      expect(withLinks[2]).toEqual({ rows: [], links: [], totalCount: 0 });
      const ids = rows.map((i) => i.id);
      const briefings = await store.nodes(rows.map((i) => i.briefingId));
      expect(links.map((l) => l.briefing)).toEqual(briefings.map((n) => n?.value));
      expect(links.map((l) => l.organizations)).toEqual(await store.organizationsOfItems(ids));
      expect(links.map((l) => l.themes)).toEqual(await store.themesOfItems(ids));
      expect(links.map((l) => l.risks)).toEqual(await store.risksOfItems(ids));
      expect(links.map((l) => l.sources)).toEqual(await store.sourcesOfItems(ids));
      expect(links.flatMap((l) => l.organizations ?? []).length).toBeGreaterThan(40);

      const [some] = await store.itemPagesWithLinks([requests[0]!], { ...everything, briefing: false, themes: false, risks: false });
      expect(Object.keys(some!.links[0]!).sort()).toEqual(["organizations", "sources"]);

      // Without evidence: the same links, their evidence left out.
      const [plainLinks] = await store.itemPagesWithLinks([requests[0]!], { ...everything, evidence: false });
      const withoutEvidence = <L extends { evidence: unknown[] }>(list: L[] | undefined) => list?.map((l) => ({ ...l, evidence: [] }));
      expect(plainLinks!.links.map((l) => withoutEvidence(l.organizations))).toEqual(links.map((l) => withoutEvidence(l.organizations)));
      expect(plainLinks!.links.map((l) => withoutEvidence(l.themes))).toEqual(links.map((l) => withoutEvidence(l.themes)));
      expect(plainLinks!.links.map((l) => withoutEvidence(l.risks))).toEqual(links.map((l) => withoutEvidence(l.risks)));
      expect(plainLinks!.links.flatMap((l) => [...(l.organizations ?? []), ...(l.themes ?? [])]).every((l) => l.evidence.length === 0)).toBe(true);

      // Where cards are enough, a store may send them: the same organizations and themes in the same order, as cards.
      const card = ({ id, slug, name, aliases }: Organization) => ({ id, slug, name, aliases });
      const themeCard = ({ id, slug, name }: Theme) => ({ id, slug, name });
      const cards = { ...everything, evidence: false, organizationCards: true, themeCards: true };
      const [carded] = await store.itemPagesWithLinks([requests[0]!], cards);
      const shown = carded!.links.map((l) => l.organizationCards ?? l.organizations?.map((linked) => card(linked.organization)));
      expect(shown).toEqual(links.map((l) => l.organizations?.map((linked) => card(linked.organization))));
      const shownThemes = carded!.links.map((l) => l.themeCards ?? l.themes?.map((linked) => themeCard(linked.theme)));
      expect(shownThemes).toEqual(links.map((l) => l.themes?.map((linked) => themeCard(linked.theme))));
      expect(carded!.links.map((l) => l.risks)).toEqual(plainLinks!.links.map((l) => l.risks));
      // With evidence asked, whole records always.
      const [evidenced] = await store.itemPagesWithLinks([requests[0]!], { ...cards, evidence: true });
      expect(evidenced!.links.map((l) => [l.organizations, l.themes])).toEqual(links.map((l) => [l.organizations, l.themes]));
    });

    it("filters items by organization, theme, publisher, dates, section and text, combined", async () => {
      await store.ingest(seed);
      await store.ingest(second);
      const openai = await store.organizationByName("openai");
      expect(openai).not.toBeNull();
      const byOrg = await store.items({ organizationId: openai!.id }, ALL);
      expect(byOrg.totalCount).toBeGreaterThan(3);
      const orgLinks = await store.organizationsOfItems(byOrg.rows.map((i) => i.id));
      expect(orgLinks.every((list) => list.some((l) => l.organization.id === openai!.id))).toBe(true);

      const inMarch = await store.items({ organizationId: openai!.id, from: "2026-03-01", to: "2026-03-31" }, ALL);
      expect(inMarch.rows.every((i) => i.date === "2026-03-25")).toBe(true);
      expect(inMarch.totalCount).toBe(byOrg.rows.filter((i) => i.date < "2026-04-01").length);
      expect(inMarch.totalCount).toBeLessThan(byOrg.totalCount);

      const top = await store.items({ section: "TOP_PRIORITY" }, ALL);
      expect(top.rows.map((i) => [i.date, i.priority])).toEqual([["2026-04-02", 1], ["2026-03-25", 1], ["2026-03-25", 2], ["2026-03-25", 3], ["2026-03-25", 4]]);

      const reuters = toGlobalId("Publisher", "reuters.com");
      const cited = await store.items({ publisherId: reuters }, ALL);
      expect(cited.rows.map((i) => i.title.slice(0, 8))).toEqual(["EU AI Of", "Arm laun"]);

      const theme = toGlobalId("Theme", "supply-chain-security");
      const litellm = await store.items({ themeId: theme, text: "LITELLM" }, ALL);
      expect(litellm.rows.map((i) => i.title)).toEqual([expect.stringMatching(/^LiteLLM PyPI/)]);

      expect(await store.itemCounts([{ publisherId: reuters }, { text: "no such words anywhere" }])).toEqual([2, 0]);
    });

    it("gives an organization's or theme's items in a date range, whether the range or the anchor has fewer items", async () => {
      await store.ingest(seed);
      await store.ingest(second);
      const openai = (await store.organizationByName("OpenAI"))!;
      const anchors = [{ organizationId: openai.id }, { themeId: toGlobalId("Theme", "agents") }, { organizationId: openai.id, themeId: toGlobalId("Theme", "agents") }];
      // One day of three items against an anchor of many, and wide ranges against the same anchors: a store may plan
      // them differently, the answer must not differ.
      const ranges = [{ from: "2026-04-02", to: "2026-04-02" }, { from: "2026-03-25", to: "2026-03-25" }, { from: "2026-01-01" }, { to: "2026-03-31" }, { from: "2026-03-01", to: "2026-04-30" }];
      let narrowerThanAnchor = false;
      for (const anchor of anchors) {
        const all = await store.items(anchor, ALL);
        for (const range of ranges) {
          const inRange = all.rows.filter((i) => (range.from === undefined || i.date >= range.from) && (range.to === undefined || i.date <= range.to));
          const page = await store.items({ ...anchor, ...range }, ALL);
          expect(page).toEqual({ rows: inRange, totalCount: inRange.length });
          expect(cardPages(await store.itemPages([{ query: { ...anchor, ...range }, page: { offset: 1, limit: 2 } }]))).toEqual(cardPages([{ rows: inRange.slice(1, 3), totalCount: inRange.length }]));
          expect(await store.itemCounts([{ ...anchor, ...range, section: "ADDITIONAL" }])).toEqual([inRange.filter((i) => i.section === "ADDITIONAL").length]);
          const dayCount = (await store.items(range, ALL)).totalCount;
          narrowerThanAnchor ||= dayCount < all.totalCount && inRange.length > 0;
        }
      }
      expect(narrowerThanAnchor).toBe(true);
    });

    it("pages an organization's or theme's items alike whether it is walked from the newest date or sorted", async () => {
      await store.ingest(seed);
      await store.ingest(second);
      const openai = (await store.organizationByName("OpenAI"))!;
      const anchors = [{ organizationId: openai.id }, { themeId: toGlobalId("Theme", "supply-chain-security") }, { organizationId: toGlobalId("Organization", "no-such") }];
      // Small pages of a frequent anchor are read by walking the dates (Neo4j), large ones by sorting its items.
      const pages = [{ offset: 0, limit: 1 }, { offset: 1, limit: 2 }, { offset: 3, limit: 3 }, { offset: 0, limit: 1000 }, { offset: 500, limit: 5 }];
      for (const anchor of anchors) {
        for (const order of ["NEWEST_FIRST", "OLDEST_FIRST"] as const) {
          const all = await store.items({ ...anchor, order }, ALL);
          const dates = all.rows.map((i) => i.date);
          expect(dates).toEqual([...dates].sort((a, b) => (order === "NEWEST_FIRST" ? b.localeCompare(a) : a.localeCompare(b))));
          for (const page of pages) {
            expect(await store.items({ ...anchor, order }, page)).toEqual({ rows: all.rows.slice(page.offset, page.offset + page.limit), totalCount: all.totalCount });
          }
        }
      }
      const supplyChain = await store.items({ themeId: toGlobalId("Theme", "supply-chain-security") }, ALL);
      expect(supplyChain.totalCount).toBeGreaterThan(2);
      expect(supplyChain.rows).toHaveLength(supplyChain.totalCount);
    });

    it("gives an organization's items by its name as by its id, in every plan, and none for an unknown name", async () => {
      await store.ingest(seed);
      await store.ingest(second);
      const openai = (await store.organizationByName("OpenAI"))!;
      const agents = toGlobalId("Theme", "agents");
      const seedBriefing = toGlobalId("Briefing", "2026-03-25");
      const shapes = [{}, { from: "2026-03-25", to: "2026-03-25" }, { from: "2026-01-01" }, { themeId: agents }, { briefingId: seedBriefing }, { section: "ADDITIONAL" as const }];
      for (const shape of shapes) {
        const byId = await store.items({ ...shape, organizationId: openai.id }, ALL);
        expect(await store.items({ ...shape, organizationName: "OPENAI group pbc" }, ALL)).toEqual(byId);
        expect(cardPages(await store.itemPages([{ query: { ...shape, organizationName: "openai" }, page: { offset: 1, limit: 2 } }]))).toEqual(
          cardPages([{ rows: byId.rows.slice(1, 3), totalCount: byId.totalCount }]),
        );
        expect(await store.itemCounts([{ ...shape, organizationName: "OpenAI" }])).toEqual([byId.totalCount]);
      }
      expect((await store.items({ organizationName: "OpenAI" }, ALL)).totalCount).toBeGreaterThan(3);
      expect(await store.items({ organizationName: "OpenAI", organizationId: openai.id }, ALL)).toEqual(await store.items({ organizationId: openai.id }, ALL));
      const anthropic = toGlobalId("Organization", "anthropic");
      for (const query of [{ organizationName: "no such organization" }, { organizationName: "???" }, { organizationName: "OpenAI", organizationId: anthropic }]) {
        expect(await store.items(query, ALL)).toEqual({ rows: [], totalCount: 0 });
        expect(await store.itemCounts([query])).toEqual([0]);
      }
    });

    it("resolves an organization by any alias, in any letter case", async () => {
      await store.ingest(seed);
      const ids = await Promise.all(["pentagon", "Department of Defense", "DoD", "PENTAGON"].map((n) => store.organizationByName(n)));
      expect(ids[0]).not.toBeNull();
      expect(new Set(ids.map((o) => o?.id)).size).toBe(1);
      expect(await store.organizationByName("no such organization")).toBeNull();
    });

    it("finds an organization only by a whole name, whatever the name's words or punctuation", async () => {
      const item = second.items[0] as Item;
      const organization = (slug: string, name: string, aliases: string[], confidence: number) => ({
        id: toGlobalId("Organization", slug), slug, name, kind: "company" as const, aliases, confidence, reviewed: confidence === 1,
      });
      // Names that are query words or operators of a search engine, a name shared by two organizations, and one
      // that begins another.
      const organizations = [
        organization("or-not", "OR NOT", ["AND*"], 1),
        organization("open", "Open", ["Nova Labs"], 0.6),
        organization("nova-labs", "Nova Labs", [], 1),
      ];
      const links = organizations.map((o) => ({ itemId: item.id, targetId: o.id, evidence: [{ rule: "taxonomy-name", field: "title" as const, text: o.name, start: 0, end: 1 }] }));
      await store.ingest({ ...second, organizations: [...second.organizations, ...organizations], itemOrganizations: [...second.itemOrganizations, ...links] });
      expect((await store.organizationByName("or not"))?.slug).toBe("or-not");
      expect((await store.organizationByName("(AND)"))?.slug).toBe("or-not");
      expect((await store.organizationByName("NOVA labs"))?.slug).toBe("nova-labs");
      expect((await store.organizationByName("open"))?.slug).toBe("open");
      for (const missing of ["OR", "nova", "open labs", "???", "", "labs nova"]) {
        expect(await store.organizationByName(missing)).toBeNull();
      }
      // Asked together (a store may answer them in one call), each name gets its own answer, in its place.
      const together = await Promise.all(["open", "nova", "(AND)", "", "NOVA labs", "open"].map((n) => store.organizationByName(n)));
      expect(together.map((o) => o?.slug ?? null)).toEqual(["open", null, "or-not", null, "nova-labs", "open"]);
    });

    it("links items to organizations, themes and sources with evidence", async () => {
      await store.ingest(seed);
      const arm = (await store.items({ text: "Arm launches" }, ALL)).rows[0]!;
      const [orgs] = await store.organizationsOfItems([arm.id]);
      expect(orgs!.map((o) => o.organization.name)).toEqual(expect.arrayContaining(["Arm", "Meta"]));
      expect(orgs!.every((o) => o.evidence.length > 0 && o.evidence[0]!.text.length > 0)).toBe(true);
      const [sources] = await store.sourcesOfItems([arm.id]);
      expect(sources!.map((s) => s.publisher.domain)).toEqual(["reuters.com", "techcrunch.com", "theverge.com", "arm.com"]);
      const [themes] = await store.themesOfItems([arm.id]);
      expect(themes!.map((t) => t.theme.slug)).toContain("compute-infrastructure");
      expect(await store.organizationsOfItems(["not-an-item"])).toEqual([[]]);
    });

    it("fetches every kind of node by global id, and null for unknown ids", async () => {
      await store.ingest(seed);
      const item = (await store.items({}, { offset: 0, limit: 1 })).rows[0]!;
      const [sources] = await store.sourcesOfItems([(await store.items({ section: "TOP_PRIORITY", text: "Arm" }, ALL)).rows[0]!.id]);
      const org = (await store.organizationByName("Anthropic"))!;
      const ids = [
        item.briefingId,
        item.id,
        org.id,
        toGlobalId("Theme", "agents"),
        sources![0]!.source.id,
        sources![0]!.publisher.id,
        toGlobalId("Item", "nope"),
        "not a global id",
      ];
      const nodes = await store.nodes(ids);
      expect(nodes.map((n) => n?.type ?? null)).toEqual(["Briefing", "Item", "Organization", "Theme", "Source", "Publisher", null, null]);
      expect(nodes.map((n) => n?.value.id ?? null)).toEqual([...ids.slice(0, 6), null, null]);
    });

    it("counts organizations' items, themes and co-mentions", async () => {
      await store.ingest(seed);
      await store.ingest(second);
      const openai = (await store.organizationByName("OpenAI"))!;
      const [stats] = await store.organizationStats([openai.id], {});
      expect(stats).toMatchObject({ firstSeen: "2026-03-25", lastSeen: "2026-04-02" });
      expect(stats!.itemCount).toBe((await store.items({ organizationId: openai.id }, ALL)).totalCount);
      const [inApril] = await store.organizationStats([openai.id], { from: "2026-04-01" });
      expect(inApril).toMatchObject({ itemCount: 2, firstSeen: "2026-04-02", lastSeen: "2026-04-02" });

      const ranked = await store.organizations({ from: "2026-03-01", to: "2026-03-31" }, "ITEM_COUNT_DESC", { offset: 0, limit: 5 });
      expect(ranked.rows[0]!.organization.name).toBe("OpenAI");
      const counts = ranked.rows.map((r) => r.itemCount);
      expect([...counts].sort((a, b) => b - a)).toEqual(counts);
      const byName = await store.organizations({}, "NAME_ASC", ALL);
      const names = byName.rows.map((r) => r.organization.name.toLowerCase());
      expect([...names].sort()).toEqual(names);
      expect(byName.totalCount).toBe((await store.counts()).organizations);

      // Without a total, the same rows, and a bound that tells whether another page follows.
      const march = { from: "2026-03-01", to: "2026-03-31" };
      const everyRanked = await store.organizations(march, "ITEM_COUNT_DESC", ALL);
      expect(everyRanked.totalCount).toBeGreaterThan(7);
      for (const [offset, limit] of [[0, 5], [3, 4], [everyRanked.totalCount - 2, 2], [everyRanked.totalCount - 2, 5], [0, 0]] as const) {
        const page = await store.organizations(march, "ITEM_COUNT_DESC", { offset, limit, countTotal: false });
        expect(page.rows).toEqual(everyRanked.rows.slice(offset, offset + limit));
        const more = offset + limit < everyRanked.totalCount;
        expect(offset + page.rows.length < page.totalCount).toBe(more);
      }

      const pentagon = (await store.organizationByName("Pentagon"))!;
      const [connected] = await store.connectedOrganizations([pentagon.id], 10);
      expect(connected!.map((c) => c.organization.name)).toEqual(expect.arrayContaining(["Anthropic", "OpenAI"]));
      expect(connected!.every((c) => c.count >= 1 && c.organization.id !== pentagon.id)).toBe(true);

      const [themes] = await store.themesOfOrganizations([openai.id]);
      expect(themes!.length).toBeGreaterThan(0);
      expect(themes!.map((t) => t.count)).toEqual([...themes!.map((t) => t.count)].sort((a, b) => b - a));

      const agents = toGlobalId("Theme", "agents");
      const [inTheme] = await store.organizationsOfThemes([agents], 3);
      expect(inTheme!.length).toBeLessThanOrEqual(3);
      expect(inTheme!.map((o) => o.organization.name)).toContain("Anthropic");
    });

    it("ranks publishers by items citing them", async () => {
      await store.ingest(seed);
      await store.ingest(second);
      const page = await store.publishers({ offset: 0, limit: 20 });
      expect(page.totalCount).toBe(9);
      const byDomain = Object.fromEntries(page.rows.map((r) => [r.publisher.domain, r.itemCount]));
      expect(byDomain).toMatchObject({ "reuters.com": 2, "techcrunch.com": 2, "theverge.com": 2, "reddit.com": 1, "politico.eu": 1 });
      expect(page.rows.map((r) => r.publisher.domain).slice(0, 3)).toEqual(["reuters.com", "techcrunch.com", "theverge.com"]);
    });

    it("finds items, organizations and themes by full text, best first", async () => {
      await store.ingest(seed);
      await store.ingest(second);
      const labelOf = (hit: { node: { value: object } }) => {
        const value = hit.node.value as { title?: string; name?: string; slug?: string };
        return value.title ?? value.name ?? value.slug;
      };
      const inOrder = (hits: Array<{ score: number; node: { value: { id: string } } }>) =>
        hits.every((h, i) => {
          const previous = hits[i - 1];
          return h.score > 0 && (!previous || previous.score > h.score || (previous.score === h.score && previous.node.value.id < h.node.value.id));
        });

      const litellm = await store.search("pth credential exfiltration", 10);
      expect(litellm[0]?.node.type).toBe("Item");
      expect(labelOf(litellm[0]!)).toMatch(/^LiteLLM PyPI supply-chain compromise/);
      expect(inOrder(litellm)).toBe(true);

      expect(labelOf((await store.search("exfiltr", 5))[0]!)).toMatch(/^LiteLLM/);
      const typo = await store.search("anthropc", 10);
      expect(typo[0]?.node).toMatchObject({ type: "Organization", value: { name: "Anthropic" } });
      expect(typo.some((h) => h.node.type === "Item")).toBe(true);
      expect((await store.search("Pentagon", 10)).map(labelOf)).toContain("Department of Defense");
      expect((await store.search("supply chain", 10))[0]?.node).toMatchObject({ type: "Theme", value: { slug: "supply-chain-security" } });

      const many = await store.search("ai", 3);
      expect(many).toHaveLength(3);
      expect(inOrder(many)).toBe(true);
      expect(await store.search("ai", 0)).toEqual([]);
      expect(await store.search("zyxwvutsrq", 10)).toEqual([]);

      // The index follows ingests: the revised briefing drops the TSMC item and adds a roadmap item.
      const packaging = (await store.search("TSMC packaging", 10)).find((h) => labelOf(h)?.startsWith("Nvidia and TSMC expand"));
      expect(packaging).toBeDefined();
      await store.ingest(graphOf(SECOND_BRIEFING_REVISED, "revised.txt"));
      const after = await store.search("TSMC packaging", 10);
      expect(after.map((h) => h.node.value.id)).not.toContain(packaging!.node.value.id);
      expect(labelOf((await store.search("frontier roadmap", 10))[0]!)).toBe("Anthropic publishes a frontier safety roadmap");
    });

    it("answers queries of punctuation and operators without error", async () => {
      await store.ingest(seed);
      const queries = ['"', "***", "AND OR NOT", "(", "a:b", "\\", "~", "🙂", "", "   ", "x".repeat(10_000), "a AND (b OR",
        'title:(x)^9 +-&&||!{}[]^"~*?:\\/', "NOT", "-litellm", "lite*", "credential~", "ﬁ Ⅻ ⑳ ٣"];
      for (const query of queries) {
        const hits = await store.search(query, 10);
        expect(Array.isArray(hits), query).toBe(true);
        expect(hits.every((h) => h.score > 0 && h.score <= 1), query).toBe(true);
      }
      for (const query of ['"', "***", "(", "\\", "~", "🙂", ""]) expect(await store.search(query, 10), query).toEqual([]);
      expect((await store.search("AND OR NOT", 10)).length).toBeGreaterThan(0);
      const long = await store.search("credential exfiltration ".repeat(430), 10);
      expect((long[0]?.node.value as { title?: string }).title).toMatch(/^LiteLLM/);
      // A leading "-" is no NOT operator: the LiteLLM organization and item are found as for "litellm".
      const dashed = await store.search("-litellm", 10);
      expect(dashed).toEqual(await store.search("litellm", 10));
      expect(dashed.map((h) => h.node.type)).toEqual(expect.arrayContaining(["Organization", "Item"]));
    });

    it("answers the links of items, organizations, themes and publishers, sorted and each once", async () => {
      await store.ingest(seed);
      await store.ingest(second);
      const key = (l: GraphLink) => `${l.itemId} ${l.targetId} ${l.type}`;
      const items = (await store.items({}, ALL)).rows.map((i) => i.id);
      const [orgs, themes, sources] = await Promise.all([store.organizationsOfItems(items), store.themesOfItems(items), store.sourcesOfItems(items)]);
      const expected = new Set(
        items.flatMap((itemId, n) => [
          ...orgs[n]!.map((o) => `${itemId} ${o.organization.id} MENTIONS`),
          ...themes[n]!.map((t) => `${itemId} ${t.theme.id} HAS_THEME`),
          ...sources[n]!.map((s) => `${itemId} ${s.publisher.id} CITED_BY`),
        ]),
      );
      const all = await store.links(items);
      expect(new Set(all.map(key))).toEqual(expected);
      expect(all.length).toBe(expected.size);
      // A space sorts before every id character, so sorted keys mean sorted by item id, then target id, then type.
      expect(all.map(key)).toEqual(all.map(key).sort());

      // From the entity side: exactly the items each one is linked to.
      const arm = (await store.organizationByName("Arm"))!;
      const agents = toGlobalId("Theme", "agents");
      const reuters = toGlobalId("Publisher", "reuters.com");
      for (const [id, type, query] of [
        [arm.id, "MENTIONS", { organizationId: arm.id }],
        [agents, "HAS_THEME", { themeId: agents }],
        [reuters, "CITED_BY", { publisherId: reuters }],
      ] as const) {
        const links = await store.links([id]);
        expect(links.every((l) => l.targetId === id && l.type === type), id).toBe(true);
        expect(links.map((l) => l.itemId), id).toEqual((await store.items(query, ALL)).rows.map((i) => i.id).sort());
      }
    });

    it("gives one CITED_BY per item and publisher, one link shared by two given ends, and nothing for other ids", async () => {
      await store.ingest(seed);
      const computerUse = (await store.items({ text: "Computer Use" }, ALL)).rows[0]!;
      expect((await store.sourcesOfItems([computerUse.id]))[0]).toHaveLength(4);
      const cited = (await store.links([computerUse.id])).filter((l) => l.type === "CITED_BY");
      expect(cited.map((l) => l.targetId).sort()).toEqual([toGlobalId("Publisher", "reddit.com"), toGlobalId("Publisher", "techcrunch.com")].sort());

      const anthropic = (await store.organizationByName("Anthropic"))!;
      const both = await store.links([computerUse.id, anthropic.id, anthropic.id]);
      expect(both.filter((l) => l.itemId === computerUse.id && l.targetId === anthropic.id)).toHaveLength(1);
      expect(new Set(both.map((l) => `${l.itemId} ${l.targetId} ${l.type}`)).size).toBe(both.length);

      const [sources] = await store.sourcesOfItems([computerUse.id]);
      const others = [computerUse.briefingId, sources![0]!.source.id, toGlobalId("Organization", "nobody"), "not a global id"];
      expect(await store.links(others)).toEqual([]);
      expect(await store.links([])).toEqual([]);
    });

    it("answers only the links to given other ends when asked, as filtering all of them would", async () => {
      await store.ingest(seed);
      const anthropic = (await store.organizationByName("Anthropic"))!;
      const items = (await store.items({ organizationId: anthropic.id }, ALL)).rows.map((i) => i.id);
      const from = [anthropic.id, toGlobalId("Theme", "agents"), toGlobalId("Publisher", "reuters.com"), items[0]!];
      const all = await store.links(from);
      const among = [...items.slice(1, 3), toGlobalId("Publisher", "reuters.com"), anthropic.id, "not a global id"];
      const expected = all.filter((l) => (from.includes(l.itemId) && among.includes(l.targetId)) || (from.includes(l.targetId) && among.includes(l.itemId)));
      expect(expected.length).toBeGreaterThan(2);
      expect(await store.links(from, among)).toEqual(expected);
      expect(await store.links(from, [])).toEqual([]);

      // With the records of both ends of each link, as nodes() gives them.
      const between = await store.linksBetween(from, among);
      expect(between.links).toEqual(expected);
      const ends = [...new Set(expected.flatMap((l) => [l.itemId, l.targetId]))].sort();
      expect(between.nodes.map((node) => node.value.id)).toEqual(ends);
      expect(between.nodes).toEqual(await store.nodes(ends));
      expect(await store.linksBetween(from, [])).toEqual({ links: [], nodes: [] });
    });

    it("answers a neighbourhood as the level-by-level search over its links does, truncated alike", async () => {
      await store.ingest(seed);
      await store.ingest(second);
      const anthropic = (await store.organizationByName("Anthropic"))!;
      const item = (await store.items({ organizationId: anthropic.id }, ALL)).rows[0]!;
      const centres = [anthropic.id, item.id, toGlobalId("Theme", "agents"), toGlobalId("Publisher", "reuters.com")];
      let truncatedOnce = false;
      for (const centre of centres) {
        for (const [depth, limit] of [[0, 200], [1, 200], [2, 200], [3, 2000], [2, 7], [3, 40], [2, 1]] as const) {
          const answer = await store.neighborhood(centre, depth, limit);
          // The reference: the same search made of links and nodes calls, one per level.
          expect(answer).toEqual(await neighborhoodSearch({ links: (ids) => store.links(ids), nodes: (ids) => store.nodes(ids) }, centre, depth, limit));
          expect(answer!.nodes[0]!.value.id).toBe(centre);
          expect(answer!.nodes.length).toBeLessThanOrEqual(limit);
          truncatedOnce ||= answer!.truncated;
        }
      }
      expect(truncatedOnce).toBe(true);
      expect((await store.neighborhood(anthropic.id, 2, 2000))!.links.length).toBeGreaterThan(10);
      expect(await store.neighborhood(toGlobalId("Organization", "nobody"), 2, 200)).toBeNull();
      expect(await store.neighborhood("not a global id", 2, 200)).toBeNull();
      const briefing = await store.neighborhood(item.briefingId, 2, 200);
      expect(briefing).toEqual({ truncated: false, nodes: [{ type: "Briefing", value: expect.objectContaining({ id: item.briefingId }) }], links: [] });
    });

    it("creates every taxonomy risk on init, with no items yet", async () => {
      const risks = await store.risks();
      expect(risks).toHaveLength(24);
      expect(risks.map((r) => r.risk.code)).toEqual(testExtractor().risks().map((r) => r.code).sort());
      expect(risks.every((r) => r.itemCount === 0)).toBe(true);
      expect((await store.riskByCode("6.5"))?.name).toBe("Governance failure");
      expect(await store.riskByCode("9.9")).toBeNull();
    });

    it("links the LiteLLM item to risk 2.2 with evidence, and fetches risks by id", async () => {
      await store.ingest(seed);
      const litellm = seed.items.find((i) => i.title.startsWith("LiteLLM")) as Item;
      const [linked] = await store.risksOfItems([litellm.id]);
      const security = linked?.find((l) => l.risk.code === "2.2");
      expect(security?.risk).toMatchObject({ id: toGlobalId("Risk", "2.2"), name: "AI system security vulnerabilities and attacks", domainCode: "2" });
      expect(security?.evidence.length).toBeGreaterThan(0);
      const [node] = await store.nodes([toGlobalId("Risk", "2.2")]);
      expect(node).toEqual({ type: "Risk", value: security?.risk });
      expect((await store.risks()).find((r) => r.risk.code === "2.2")?.itemCount).toBeGreaterThan(0);
    });

    it("filters items by risk, combined with other filters", async () => {
      await store.ingest(seed);
      await store.ingest(second);
      const riskId = toGlobalId("Risk", "2.2");
      const all = await store.items({ riskId }, ALL);
      expect(all.rows.map((i) => i.title)).toContain(seed.items.find((i) => i.title.startsWith("LiteLLM"))?.title);
      const expected = seed.itemRisks.filter((l) => l.targetId === riskId).length + second.itemRisks.filter((l) => l.targetId === riskId).length;
      expect(all.totalCount).toBe(expected);
      const top = await store.items({ riskId, section: "TOP_PRIORITY", briefingId: seed.briefing.id }, ALL);
      expect(top.rows.every((i) => i.section === "TOP_PRIORITY")).toBe(true);
      expect(top.rows.map((i) => i.title)).toContain(seed.items.find((i) => i.title.startsWith("LiteLLM"))?.title);
      expect(await store.itemCounts([{ riskId: toGlobalId("Risk", "7.5") }])).toEqual([0]);
    });

    it("keeps risk links stable on re-ingest and counts organization x risk cells", async () => {
      await store.ingest(seed);
      const ids = (await store.items({}, ALL)).rows.map((i) => i.id);
      const before = await store.risksOfItems(ids);
      const outcome = await store.ingest(graphOf(seedText(), "again.txt"));
      expect(outcome.itemsUnchanged).toBe(31);
      expect(await store.risksOfItems(ids)).toEqual(before);
      const matrix = await store.organizationRiskMatrix({}, 5);
      expect(matrix.length).toBeGreaterThan(0);
      expect(matrix.map((c) => c.count)).toEqual([...matrix.map((c) => c.count)].sort((a, b) => b - a));
    });

    it("relates Databricks to Antimatter and SiftD.ai as ACQUIRED, seen from both ends, with item and sentence", async () => {
      await store.ingest(seed);
      const item = seed.items.find((i) => i.title.startsWith("Databricks acquires")) as Item;
      const databricks = toGlobalId("Organization", "databricks");
      const antimatter = seed.organizations.find((o) => o.name === "Antimatter")?.id as string;
      const [outgoing, incoming, none] = await store.relationsOfOrganizations([databricks, antimatter, "Organization:none"]);
      expect(outgoing?.map((r) => [r.type, r.direction, r.other.name, r.itemId])).toEqual([
        ["ACQUIRED", "OUTGOING", "Antimatter", item.id],
        ["ACQUIRED", "OUTGOING", "SiftD.ai", item.id],
      ]);
      expect(outgoing?.[0]?.evidence).toMatchObject({ field: "title", text: item.title, rule: "relation-acquired-active" });
      expect(incoming?.map((r) => [r.type, r.direction, r.other.name])).toEqual([["ACQUIRED", "INCOMING", "Databricks"]]);
      expect(none).toEqual([]);
    });

    it("keeps relations unchanged when the same briefing is ingested again", async () => {
      await store.ingest(seed);
      const ids = seed.organizations.map((o) => o.id);
      const before = await store.relationsOfOrganizations(ids);
      expect(before.flat().length).toBe(2 * seed.relations.length);
      await store.ingest(graphOf(seedText(), "again.txt"));
      expect(await store.relationsOfOrganizations(ids)).toEqual(before);
    });

    it("removes the relations of items a revised briefing drops or rewrites", async () => {
      const day = `AI SAFETY AND GOVERNANCE - 2026-04-09
Additional Noteworthy Developments
Nvidia will supply Microsoft with next-generation GPUs
Summary: The deal covers two data center regions.
Amazon invests in Anthropic and Mistral AI
Summary: The round values both labs higher.
`;
      const original = graphOf(day);
      await store.ingest(original);
      const nvidia = toGlobalId("Organization", "nvidia");
      const amazon = toGlobalId("Organization", "amazon");
      expect((await store.relationsOfOrganizations([nvidia, amazon])).map((l) => l.length)).toEqual([1, 2]);
      const revised = graphOf(day.replace(/Amazon invests[\s\S]*$/, "").replace("two data center regions", "three data center regions"));
      const outcome = await store.ingest(revised);
      expect(outcome).toMatchObject({ itemsUpdated: 1, itemsRemoved: 1 });
      const [ofNvidia, ofAmazon] = await store.relationsOfOrganizations([nvidia, amazon]);
      expect(ofNvidia?.map((r) => [r.type, r.other.name])).toEqual([["SUPPLIES", "Microsoft"]]);
      expect(ofAmazon).toEqual([]);
      expect((await store.relationsOfOrganizations([toGlobalId("Organization", "anthropic")]))[0]).toEqual([]);
    });

    it("answers items sharing organizations with an item, most shared first, then newest, bounded", async () => {
      await store.ingest(seed);
      await store.ingest(second);
      const shutdown = seed.items.find((i) => i.title.startsWith("OpenAI shuts down the Sora")) as Item;
      const [candidates, none] = await store.itemsSharingOrganizations([shutdown.id, "Item:none"], 100);
      expect(none).toEqual([]);
      expect(candidates?.map((c) => c.item.title)).toContain("OpenAI Sora discontinuation/shutdown rumors and reactions (compute reallocation, product replacement speculation)");
      expect(candidates?.some((c) => c.item.id === shutdown.id)).toBe(false);
      expect(candidates?.every((c) => c.shared.some((o) => o.name === "OpenAI"))).toBe(true);
      const sizes = candidates?.map((c) => c.shared.length) ?? [];
      expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
      const [two] = await store.itemsSharingOrganizations([shutdown.id], 2);
      expect(two).toEqual(candidates?.slice(0, 2));
    });
  });
}
