import { readFileSync } from "node:fs";
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

/** The reviewed reference data that extraction runs on. */
export interface Taxonomy {
  organizations: TaxonomyOrganization[];
  themes: TaxonomyTheme[];
  /** The MIT AI Risk Repository's domains, each with its subdomains and their phrase rules. */
  risks: TaxonomyRiskDomain[];
  /** Display names of publishers by registrable domain. */
  publisherNames: ReadonlyMap<string, string>;
}

const PublishersFile = z.object({
  version: z.literal(1),
  publishers: z.array(z.object({ domain: z.string().min(3), name: z.string().min(1) })),
});

/** The taxonomy shipped with the project, in seeds/taxonomy. */
export const DEFAULT_TAXONOMY_DIR = fileURLToPath(new URL("../../seeds/taxonomy/", import.meta.url));

/** Reads and validates organizations.json, themes.json, risks.json and publishers.json from `dir`. */
export function loadTaxonomy(dir: string = DEFAULT_TAXONOMY_DIR): Taxonomy {
  const organizations = readJson(join(dir, "organizations.json"), OrganizationsFile).organizations;
  const themes = readJson(join(dir, "themes.json"), ThemesFile).themes;
  const risks = readJson(join(dir, "risks.json"), RisksFile).domains;
  const publishers = readJson(join(dir, "publishers.json"), PublishersFile).publishers;
  assertUnique(join(dir, "organizations.json"), organizations.map((o) => o.slug));
  assertUnique(join(dir, "themes.json"), themes.map((t) => t.slug));
  assertUnique(join(dir, "risks.json"), risks.flatMap((d) => [d.code, ...d.subdomains.map((s) => s.code)]));
  return {
    organizations,
    themes,
    risks,
    publisherNames: new Map(publishers.map((p) => [p.domain, p.name])),
  };
}

function readJson<T>(file: string, schema: z.ZodType<T>): T {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new GovgraphError(ErrorCode.BAD_USER_INPUT, `${file}: cannot read the taxonomy file (${(error as Error).message})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new GovgraphError(ErrorCode.BAD_USER_INPUT, `${file}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? first.path.join(".") : "";
    throw new GovgraphError(ErrorCode.BAD_USER_INPUT, `${file}: ${where ? `${where}: ` : ""}${first?.message ?? "invalid"}`);
  }
  return parsed.data;
}

function assertUnique(file: string, keys: string[]): void {
  const seen = new Set<string>();
  for (const slug of keys) {
    if (seen.has(slug)) throw new GovgraphError(ErrorCode.BAD_USER_INPUT, `${file}: "${slug}" appears twice`);
    seen.add(slug);
  }
}
