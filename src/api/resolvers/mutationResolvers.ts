import { z } from "zod";
import { toGlobalId } from "../../domain/ids.js";
import type { Organization } from "../../domain/Organization.js";
import { OrganizationKind } from "../../domain/Taxonomy.js";
import { BadUserInputError, UnauthenticatedError } from "../../errors.js";
import type { ReviewRequest } from "../../review/checkDecision.js";
import type { ReviewOutcome } from "../../review/Reviewer.js";
import type { ApiContext } from "../context.js";
import { briefingModel } from "../models.js";

/** Mutations change the graph: each needs a configured key, sent as a bearer token. */
function requireApiKey(context: ApiContext): void {
  if (!context.auth.keysConfigured) {
    throw new UnauthenticatedError("mutations are disabled: no API key is configured (set GOVGRAPH_API_KEYS)");
  }
  if (!context.auth.authenticated) {
    throw new UnauthenticatedError("this mutation needs the header 'Authorization: Bearer <key>' with a configured API key");
  }
}

/** The organizations of global ids, in order, or BAD_USER_INPUT naming the first id that names none. */
async function organizationsOf(ids: readonly string[], context: ApiContext): Promise<Organization[]> {
  const nodes = await context.store.nodes(ids);
  return nodes.map((node, index) => {
    if (node?.type !== "Organization") throw new BadUserInputError(`no organization has the id "${ids[index]}"`);
    return node.value;
  });
}

async function organizationOf(id: string, context: ApiContext): Promise<Organization> {
  return (await organizationsOf([id], context))[0] as Organization;
}

const Kind = OrganizationKind.optional().nullable();
const NewName = z.string().trim().min(1, "the new name is empty").max(200, "the new name is longer than 200 characters");

async function review(request: ReviewRequest, resultId: string | null, context: ApiContext) {
  if (context.reviewer === null) {
    throw new BadUserInputError("this server keeps no seeds directory, where review decisions are stored; start it with one");
  }
  const outcome: ReviewOutcome = await context.reviewer.decide(request);
  const [node] = resultId === null ? [null] : await context.store.nodes([resultId]);
  return {
    action: outcome.decision.action.toUpperCase(),
    decidedAt: outcome.decision.decidedAt,
    organization: node?.type === "Organization" ? node.value : null,
    briefingsReingested: outcome.briefingsReingested,
    itemsUpdated: outcome.itemsUpdated,
    failures: outcome.failures,
  };
}

const subject = (o: Organization) => ({ slug: o.slug, name: o.name });

export const mutationResolvers = {
  ingestBriefing: async (_: unknown, args: { text: string; file?: string | null }, context: ApiContext) => {
    requireApiKey(context);
    const report = await context.ingestor.ingest(args.text, args.file?.trim() || "api", true);
    return {
      briefing: briefingModel(report.briefing),
      itemsCreated: report.itemsCreated,
      itemsUpdated: report.itemsUpdated,
      itemsUnchanged: report.itemsUnchanged,
      itemsRemoved: report.itemsRemoved,
      warnings: report.warnings,
    };
  },

  promoteOrganization: async (_: unknown, args: { id: string; kind?: string | null }, context: ApiContext) => {
    requireApiKey(context);
    const kind = Kind.safeParse(args.kind);
    if (!kind.success) {
      throw new BadUserInputError(`kind must be one of ${OrganizationKind.options.join(", ")}; got "${args.kind}"`);
    }
    const organization = await organizationOf(args.id, context);
    return review(
      { action: "promote", organization: subject(organization), ...(kind.data ? { kind: kind.data } : {}) },
      organization.id,
      context,
    );
  },

  renameOrganization: async (_: unknown, args: { id: string; name: string }, context: ApiContext) => {
    requireApiKey(context);
    const name = NewName.safeParse(args.name);
    if (!name.success) throw new BadUserInputError(name.error.issues[0]?.message ?? "invalid name");
    const organization = await organizationOf(args.id, context);
    return review({ action: "rename", organization: subject(organization), to: name.data }, organization.id, context);
  },

  mergeOrganizations: async (_: unknown, args: { ids: string[]; into: string }, context: ApiContext) => {
    requireApiKey(context);
    if (args.ids.length === 0) throw new BadUserInputError("ids: name at least one organization to merge");
    if (args.ids.length > 100) throw new BadUserInputError("ids: at most 100 organizations per merge");
    const into = await organizationOf(args.into, context);
    const merged = await organizationsOf(args.ids, context);
    return review(
      { action: "merge", organizations: merged.map(subject), into: subject(into) },
      toGlobalId("Organization", into.slug),
      context,
    );
  },

  rejectOrganization: async (_: unknown, args: { id: string }, context: ApiContext) => {
    requireApiKey(context);
    const organization = await organizationOf(args.id, context);
    return review({ action: "reject", organization: subject(organization) }, null, context);
  },
};
