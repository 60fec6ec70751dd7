import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import type { BriefingGraph } from "../../src/domain/BriefingGraph.js";
import { normalizeName } from "../../src/domain/normalizeName.js";
import type { Organization } from "../../src/domain/Organization.js";
import type { Extractor } from "../../src/extract/Extractor.js";
import { parseBriefing } from "../../src/ingest/parseBriefing.js";

/** Where the gold files live; each names the briefing it annotates, relative to the project root. */
export const GOLD_DIR = fileURLToPath(new URL("../fixtures/gold/", import.meta.url));
const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/**
 * An analyst's annotation of one briefing: per item title, the organizations, theme slugs and MIT risk subdomain
 * codes it should get, written from the text and the taxonomies' definitions, before looking at the output.
 */
export const GoldFile = z.object({
  briefing: z.string().min(1),
  items: z.record(
    z.string().min(1),
    z.object({
      organizations: z.array(z.string().min(1)),
      themes: z.array(z.string().min(1)),
      risks: z.array(z.string().regex(/^\d\.\d$/)),
    }),
  ),
});
export type GoldFile = z.infer<typeof GoldFile>;

/** True positives, false positives and false negatives, and the ratios they give. */
export interface Counts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

/** How one item's extraction differs from its gold annotation, as display names or slugs. */
export interface ItemDisagreement {
  title: string;
  missingOrganizations: string[];
  extraOrganizations: string[];
  missingThemes: string[];
  extraThemes: string[];
  missingRisks: string[];
  extraRisks: string[];
}

/** The score of one gold file. */
export interface GoldScore {
  gold: string;
  organizations: Counts;
  themes: Counts;
  risks: Counts;
  disagreements: ItemDisagreement[];
}

/** Every gold file of GOLD_DIR, by file name. */
export function loadGoldFiles(): Array<{ name: string; gold: GoldFile }> {
  return readdirSync(GOLD_DIR)
    .filter((name) => name.endsWith(".gold.json"))
    .sort()
    .map((name) => ({ name, gold: GoldFile.parse(JSON.parse(readFileSync(`${GOLD_DIR}${name}`, "utf8"))) }));
}

/** Parses and extracts the briefing a gold file annotates, then compares item by item. */
export function scoreGoldFile(name: string, gold: GoldFile, extractor: Extractor): GoldScore {
  const parsed = parseBriefing(readFileSync(`${PROJECT_ROOT}${gold.briefing}`), { file: gold.briefing });
  if (!parsed.ok) throw new Error(`${gold.briefing}: refused: ${JSON.stringify(parsed.issues)}`);
  const { graph } = extractor.extract(parsed.value);
  const extracted = extractedByTitle(graph);

  const goldTitles = Object.keys(gold.items);
  const unannotated = [...extracted.keys()].filter((title) => !(title in gold.items));
  const unknown = goldTitles.filter((title) => !extracted.has(title));
  if (unknown.length > 0 || unannotated.length > 0) {
    throw new Error(
      `${name}: gold and briefing items differ; gold titles not in the briefing: ${JSON.stringify(unknown)}; ` +
        `briefing titles without gold: ${JSON.stringify(unannotated)}`,
    );
  }

  const score: GoldScore = { gold: name, organizations: emptyCounts(), themes: emptyCounts(), risks: emptyCounts(), disagreements: [] };
  for (const title of goldTitles) {
    const want = gold.items[title] as GoldFile["items"][string];
    const got = extracted.get(title) as ExtractedItem;

    const wantOrgs = new Set(want.organizations.map(normalizeName));
    const matchedGold = new Set<string>();
    const extraOrganizations: string[] = [];
    for (const organization of got.organizations) {
      const hit = namesOf(organization).find((n) => wantOrgs.has(n) && !matchedGold.has(n));
      if (hit === undefined) extraOrganizations.push(organization.name);
      else matchedGold.add(hit);
    }
    const missingOrganizations = want.organizations.filter((n) => !matchedGold.has(normalizeName(n)));
    add(score.organizations, matchedGold.size, extraOrganizations.length, missingOrganizations.length);

    const [missingThemes, extraThemes] = compareSets(want.themes, got.themes, score.themes);
    const [missingRisks, extraRisks] = compareSets(want.risks, got.risks, score.risks);

    const differences = [missingOrganizations, extraOrganizations, missingThemes, extraThemes, missingRisks, extraRisks];
    if (differences.some((list) => list.length > 0)) {
      score.disagreements.push({ title, missingOrganizations, extraOrganizations, missingThemes, extraThemes, missingRisks, extraRisks });
    }
  }
  return score;
}

/** Counts one item's keys into `counts`; answers what extraction missed and what it added. */
function compareSets(wanted: readonly string[], got: ReadonlySet<string>, counts: Counts): [string[], string[]] {
  const want = new Set(wanted);
  const missing = [...want].filter((key) => !got.has(key));
  const extra = [...got].filter((key) => !want.has(key));
  add(counts, want.size - missing.length, extra.length, missing.length);
  return [missing, extra];
}

/** Precision: of what was extracted, how much the gold has (1 when nothing was extracted). */
export function precision(counts: Counts): number {
  const extracted = counts.truePositives + counts.falsePositives;
  return extracted === 0 ? 1 : counts.truePositives / extracted;
}

/** Recall: of what the gold has, how much was extracted (1 when the gold is empty). */
export function recall(counts: Counts): number {
  const wanted = counts.truePositives + counts.falseNegatives;
  return wanted === 0 ? 1 : counts.truePositives / wanted;
}

/** Sums counts, for micro-averaged scores over several gold files. */
export function total(scores: readonly GoldScore[], pick: (score: GoldScore) => Counts): Counts {
  const sum = emptyCounts();
  for (const score of scores) {
    const counts = pick(score);
    add(sum, counts.truePositives, counts.falsePositives, counts.falseNegatives);
  }
  return sum;
}

/** A fixed-width table: one row per gold file and one for all of them. */
export function formatScoreTable(scores: readonly GoldScore[]): string {
  const rows = [...scores.map((s) => ({ name: s.gold, org: s.organizations, theme: s.themes, risk: s.risks }))];
  rows.push({
    name: "all (micro)",
    org: total(scores, (s) => s.organizations),
    theme: total(scores, (s) => s.themes),
    risk: total(scores, (s) => s.risks),
  });
  const pct = (value: number) => value.toFixed(3);
  const cell = (counts: Counts) => `${pct(precision(counts))}  ${pct(recall(counts))}  ${triple(counts).padEnd(13)}`;
  const header = `${"gold file".padEnd(34)} org P  org R  (tp/fp/fn)    theme P theme R (tp/fp/fn)   risk P risk R (tp/fp/fn)`;
  const lines = rows.map((r) => `${r.name.padEnd(34)} ${cell(r.org)} ${cell(r.theme)} ${cell(r.risk)}`.trimEnd());
  return [header, ...lines].join("\n");
}

/** Per-item differences, "-" for what the gold has and extraction missed, "+" for what extraction added. */
export function formatDisagreements(score: GoldScore): string {
  const lines = [`${score.gold}: ${score.disagreements.length} item(s) differ`];
  for (const d of score.disagreements) {
    lines.push(`  ${d.title}`);
    const parts: Array<[string, string[]]> = [
      ["org -", d.missingOrganizations],
      ["org +", d.extraOrganizations],
      ["theme -", d.missingThemes],
      ["theme +", d.extraThemes],
      ["risk -", d.missingRisks],
      ["risk +", d.extraRisks],
    ];
    for (const [label, values] of parts) if (values.length > 0) lines.push(`    ${label} ${values.join(", ")}`);
  }
  return lines.join("\n");
}

interface ExtractedItem {
  organizations: Organization[];
  themes: Set<string>;
  risks: Set<string>;
}

function extractedByTitle(graph: BriefingGraph): Map<string, ExtractedItem> {
  const organizations = new Map(graph.organizations.map((o) => [o.id, o]));
  const themes = new Map(graph.themes.map((t) => [t.id, t.slug]));
  const risks = new Map(graph.risks.map((r) => [r.id, r.code]));
  const byId = new Map<string, ExtractedItem>(
    graph.items.map((i) => [i.id, { organizations: [], themes: new Set(), risks: new Set() }]),
  );
  for (const link of graph.itemOrganizations) {
    const organization = organizations.get(link.targetId);
    if (organization !== undefined) byId.get(link.itemId)?.organizations.push(organization);
  }
  for (const link of graph.itemThemes) {
    const slug = themes.get(link.targetId);
    if (slug !== undefined) byId.get(link.itemId)?.themes.add(slug);
  }
  for (const link of graph.itemRisks) {
    const code = risks.get(link.targetId);
    if (code !== undefined) byId.get(link.itemId)?.risks.add(code);
  }
  return new Map(graph.items.map((i) => [i.title, byId.get(i.id) as ExtractedItem]));
}

function namesOf(organization: Organization): string[] {
  return [organization.name, ...organization.aliases].map(normalizeName);
}

function emptyCounts(): Counts {
  return { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
}

function add(counts: Counts, truePositives: number, falsePositives: number, falseNegatives: number): void {
  counts.truePositives += truePositives;
  counts.falsePositives += falsePositives;
  counts.falseNegatives += falseNegatives;
}

function triple(counts: Counts): string {
  return `${counts.truePositives}/${counts.falsePositives}/${counts.falseNegatives}`;
}
