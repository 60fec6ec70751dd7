import { resolve } from "node:path";
import { loadConfig } from "../config.js";
import { normalizeName, slugify } from "../domain/normalizeName.js";
import type { ReviewDecision, ReviewedOrganization } from "../domain/ReviewDecision.js";
import { OrganizationKind } from "../domain/Taxonomy.js";
import { Extractor } from "../extract/Extractor.js";
import type { Taxonomy } from "../extract/loadTaxonomy.js";
import { briefingFiles } from "../pipeline/loadBriefingFiles.js";
import { checkDecision, type ReviewRequest } from "../review/checkDecision.js";
import { scanDiscovered, type DiscoveredOrganization } from "../review/discoveredOrganizations.js";
import { ReviewLog } from "../review/ReviewLog.js";
import { reviewedTaxonomy } from "../review/reviewedTaxonomy.js";
import { parseOptions, UsageError, type CliIO, type Command } from "./Command.js";

const HELP = `Usage: govgraph review <action> [NAME...] [options]

Reviews the organizations that extraction discovered in text (confidence < 1, reviewed: false). Each decision is
kept in the seeds directory's reviews.json and applied by every later extraction: \`govgraph serve\` (the embedded
store loads the seeds again at start), \`govgraph ingest\` and \`govgraph parse\`. A Neo4j database shows a decision
once the briefings it concerns are ingested again: govgraph ingest --store neo4j DIR.
A running server takes the same decisions through the promoteOrganization, renameOrganization, mergeOrganizations
and rejectOrganization mutations.

Actions:
  list                      discovered organizations awaiting review, most mentioned first, with an example
  promote NAME [--kind K]   make a discovered name a reviewed organization (kind: company unless --kind)
  rename NAME --to NEW      give an organization a new display name; the old one stays as an alias
  merge NAME... --into NAME fold organizations into another: their names become its aliases
  reject NAME               a discovered name is not an organization: never link it again
  decisions                 the decisions taken so far, oldest first

NAME is a slug or a name, of the taxonomy or of a name discovered in the seeds directory's briefings.

Options:
  --seeds DIR   the seeds directory: its briefings and its reviews.json (default $GOVGRAPH_SEEDS_DIR or seeds/)
  --kind KIND   for promote: ${OrganizationKind.options.join(", ")}
  --to NEW      for rename: the new name
  --into NAME   for merge: the organization that remains
  --json        for list and decisions: print JSON
  -h, --help    show this help`;

/** `govgraph review`: analysts' decisions about discovered organizations, kept in the seeds directory. */
export const reviewCommand: Command = {
  name: "review",
  summary: "promote, rename, merge or reject discovered organizations",
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, {
      seeds: { type: "string" },
      kind: { type: "string" },
      to: { type: "string" },
      into: { type: "string" },
      json: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    });
    if (values.help) {
      io.out(HELP);
      return 0;
    }
    const [action, ...names] = positionals;
    if (action === undefined) throw new UsageError("name an action: list, promote, rename, merge, reject or decisions");
    const seedsDir = resolve(values.seeds ?? loadConfig().seedsDir);
    const log = new ReviewLog(seedsDir);
    if (action === "decisions") {
      const decisions = log.decisions();
      io.out(values.json ? JSON.stringify(decisions, null, 2) : decisions.map(describeDecision).join("\n") || "no decisions yet");
      return 0;
    }
    const taxonomy = reviewedTaxonomy(seedsDir);
    const scan = scanDiscovered(briefingFiles(seedsDir), new Extractor(taxonomy));
    for (const file of scan.unreadable) io.err(`${file}: skipped: not a readable briefing (see govgraph parse ${file})`);
    if (action === "list") {
      printDiscovered(scan.discovered, values.json === true, io);
      return 0;
    }
    const find = (name: string) => findOrganization(name, taxonomy, scan.discovered, seedsDir);
    const request = requestOf(action, names, values, find);
    const decision = checkDecision(request, taxonomy);
    log.append(decision);
    io.out(`${describeDecision(decision)}\nrecorded in ${log.file}`);
    return 0;
  },
};

function requestOf(
  action: string,
  names: string[],
  options: { kind?: string | undefined; to?: string | undefined; into?: string | undefined },
  find: (name: string) => ReviewedOrganization,
): ReviewRequest {
  const one = () => {
    if (names.length !== 1) throw new UsageError(`${action} takes one NAME; got ${names.length} (quote names with spaces)`);
    return find(names[0] as string);
  };
  switch (action) {
    case "promote": {
      if (options.kind === undefined) return { action, organization: one() };
      const kind = OrganizationKind.safeParse(options.kind);
      if (!kind.success) throw new UsageError(`--kind must be one of ${OrganizationKind.options.join(", ")}; got "${options.kind}"`);
      return { action, organization: one(), kind: kind.data };
    }
    case "rename":
      if (options.to === undefined || options.to.trim() === "") throw new UsageError("rename needs --to NEW_NAME");
      return { action, organization: one(), to: options.to };
    case "merge":
      if (options.into === undefined) throw new UsageError("merge needs --into NAME");
      if (names.length === 0) throw new UsageError("merge needs at least one NAME to fold into --into");
      return { action, organizations: names.map(find), into: find(options.into) };
    case "reject":
      return { action, organization: one() };
    default:
      throw new UsageError(`unknown action "${action}": use list, promote, rename, merge, reject or decisions`);
  }
}

/** A taxonomy organization or discovered name by slug or name; anything else is refused with what to run. */
function findOrganization(
  name: string,
  taxonomy: Taxonomy,
  discovered: readonly DiscoveredOrganization[],
  seedsDir: string,
): ReviewedOrganization {
  const wanted = normalizeName(name);
  const slug = slugify(name);
  const known =
    taxonomy.organizations.find((o) => o.slug === name) ??
    taxonomy.organizations.find((o) => [o.name, ...o.aliases].some((n) => normalizeName(n) === wanted));
  if (known !== undefined) return { slug: known.slug, name: known.name };
  const found = discovered.find((d) => d.organization.slug === name || d.organization.slug === slug);
  if (found !== undefined) return { slug: found.organization.slug, name: found.organization.name };
  throw new UsageError(
    `no organization named "${name}" in the taxonomy or among the ${discovered.length} discovered in ${seedsDir} ` +
      "(govgraph review list shows them)",
  );
}

function printDiscovered(discovered: readonly DiscoveredOrganization[], json: boolean, io: CliIO): void {
  if (json) {
    io.out(JSON.stringify(discovered, null, 2));
    return;
  }
  if (discovered.length === 0) {
    io.out("no discovered organization awaits review");
    return;
  }
  const width = Math.min(40, Math.max(...discovered.map((d) => d.organization.name.length)));
  io.out(`${"NAME".padEnd(width)}  ITEMS  SEEN                     EXAMPLE`);
  for (const d of discovered) {
    const seen = d.firstSeen === d.lastSeen ? d.firstSeen : `${d.firstSeen}..${d.lastSeen}`;
    io.out(
      `${d.organization.name.padEnd(width)}  ${String(d.itemCount).padStart(5)}  ${seen.padEnd(23)}  ` +
        `"${d.example.text}" (${d.example.rule}) in ${d.example.date}: ${d.example.title}`,
    );
  }
}

function describeDecision(decision: ReviewDecision): string {
  const when = decision.decidedAt.slice(0, 16).replace("T", " ");
  switch (decision.action) {
    case "promote":
      return `${when}  promote ${decision.organization.name}${decision.kind ? ` as ${decision.kind}` : ""}`;
    case "rename":
      return `${when}  rename ${decision.organization.name} to ${decision.to}`;
    case "merge":
      return `${when}  merge ${decision.organizations.map((o) => o.name).join(", ")} into ${decision.into.name}`;
    case "reject":
      return `${when}  reject ${decision.organization.name}`;
  }
}
