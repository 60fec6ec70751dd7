import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import {
  OrganizationsFile,
  RisksFile,
  ThemesFile,
  type TaxonomyOrganization,
  type TaxonomyRiskDomain,
  type TaxonomyTheme,
} from "../domain/Taxonomy.js";
import { GovgraphError, ErrorCode } from "../errors.js";
import { readJsonFile } from "../files/readJsonFile.js";

/** The reviewed reference data that extraction runs on. */
export interface Taxonomy {
  organizations: TaxonomyOrganization[];
  themes: TaxonomyTheme[];
  /** The MIT AI Risk Repository's domains, each with its subdomains and their phrase rules. */
  risks: TaxonomyRiskDomain[];
  /** Display names of publishers by registrable domain. */
  publisherNames: ReadonlyMap<string, string>;
  /** Slugs of discovered names an analyst rejected (not organizations); discovery never links them. */
  rejectedOrganizations: ReadonlySet<string>;
}

const PublishersFile = z.object({
  version: z.literal(1),
  publishers: z.array(z.object({ domain: z.string().min(3), name: z.string().min(1) })),
});

/** The taxonomy shipped with the project, in seeds/taxonomy. */
export const DEFAULT_TAXONOMY_DIR = fileURLToPath(new URL("../../seeds/taxonomy/", import.meta.url));

/** Reads and validates organizations.json, themes.json, risks.json and publishers.json from `dir`. */
export function loadTaxonomy(dir: string = DEFAULT_TAXONOMY_DIR): Taxonomy {
  const organizations = readJsonFile(join(dir, "organizations.json"), OrganizationsFile).organizations;
  const themes = readJsonFile(join(dir, "themes.json"), ThemesFile).themes;
  const risks = readJsonFile(join(dir, "risks.json"), RisksFile).domains;
  const publishers = readJsonFile(join(dir, "publishers.json"), PublishersFile).publishers;
  assertUnique(join(dir, "organizations.json"), organizations.map((o) => o.slug));
  assertUnique(join(dir, "themes.json"), themes.map((t) => t.slug));
  assertUnique(join(dir, "risks.json"), risks.flatMap((d) => [d.code, ...d.subdomains.map((s) => s.code)]));
  return {
    organizations,
    themes,
    risks,
    publisherNames: new Map(publishers.map((p) => [p.domain, p.name])),
    rejectedOrganizations: new Set(),
  };
}

function assertUnique(file: string, keys: string[]): void {
  const seen = new Set<string>();
  for (const slug of keys) {
    if (seen.has(slug)) throw new GovgraphError(ErrorCode.BAD_USER_INPUT, `${file}: "${slug}" appears twice`);
    seen.add(slug);
  }
}
