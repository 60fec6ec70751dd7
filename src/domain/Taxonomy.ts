import { z } from "zod";

/** What kind of body an organization is; drives colours in views and filters in queries. */
export const OrganizationKind = z.enum([
  "frontier-lab",
  "ai-company",
  "big-tech",
  "chipmaker",
  "cloud",
  "ai-security",
  "open-source",
  "investor",
  "regulator",
  "government",
  "legislature",
  "military",
  "standards-body",
  "court",
  "research",
  "civil-society",
  "company",
]);
export type OrganizationKind = z.infer<typeof OrganizationKind>;

const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "a slug is lower-case words joined by '-'");

/** A name that must be matched with its exact letter case, because in lower case it is a common word (Arm, Gap). */
const Term = z.string().min(1);

/** One organization of the reviewed taxonomy. */
export const TaxonomyOrganization = z.object({
  slug: Slug,
  name: z.string().min(1),
  kind: OrganizationKind,
  /** Other names of the same body: abbreviations, former names, legal names. */
  aliases: z.array(Term).default([]),
  /** Products, models and services whose mention names this maker (Claude -> Anthropic). */
  products: z.array(Term).default([]),
  /** Names among name/aliases/products that only match with this exact letter case. */
  caseSensitive: z.array(Term).default([]),
  /** Slug of the body this one belongs to, when that matters (AWS -> Amazon). Informational. */
  parent: Slug.optional(),
  country: z.string().length(2).optional(),
});
export type TaxonomyOrganization = z.infer<typeof TaxonomyOrganization>;

/** Keyword rules for one theme: one strong phrase suffices, weak phrases need two distinct hits. */
export const TaxonomyTheme = z.object({
  slug: Slug,
  name: z.string().min(1),
  description: z.string().min(1),
  strong: z.array(Term).min(1),
  weak: z.array(Term).default([]),
});
export type TaxonomyTheme = z.infer<typeof TaxonomyTheme>;

export const OrganizationsFile = z.object({
  version: z.literal(1),
  organizations: z.array(TaxonomyOrganization).min(1),
});
export type OrganizationsFile = z.infer<typeof OrganizationsFile>;

export const ThemesFile = z.object({
  version: z.literal(1),
  themes: z.array(TaxonomyTheme).min(1),
});
export type ThemesFile = z.infer<typeof ThemesFile>;

const RiskCode = z.string().regex(/^[1-9]\.[1-9]$/, "a risk subdomain code is '<domain>.<n>', such as 2.2");

/** One subdomain of the MIT AI Risk Repository's domain taxonomy, with the phrase rules that tag items with it. */
export const TaxonomyRiskSubdomain = z.object({
  code: RiskCode,
  name: z.string().min(1),
  description: z.string().min(1),
  strong: z.array(Term).min(1),
  weak: z.array(Term).default([]),
});
export type TaxonomyRiskSubdomain = z.infer<typeof TaxonomyRiskSubdomain>;

/** One of the seven risk domains, with its subdomains (codes "<domain>.<n>"). */
export const TaxonomyRiskDomain = z
  .object({
    code: z.string().regex(/^[1-9]$/, "a risk domain code is one digit"),
    name: z.string().min(1),
    description: z.string().min(1),
    subdomains: z.array(TaxonomyRiskSubdomain).min(1),
  })
  .refine((d) => d.subdomains.every((s) => s.code.startsWith(`${d.code}.`)), {
    message: "every subdomain code starts with its domain's code",
    path: ["subdomains"],
  });
export type TaxonomyRiskDomain = z.infer<typeof TaxonomyRiskDomain>;

export const RisksFile = z.object({
  version: z.literal(1),
  /** Where the taxonomy comes from, for people reading the file. */
  source: z.string().optional(),
  domains: z.array(TaxonomyRiskDomain).min(1),
});
export type RisksFile = z.infer<typeof RisksFile>;
