import { UnauthenticatedError } from "../../errors.js";
import type { ApiContext } from "../context.js";
import { briefingModel } from "../models.js";

export const mutationResolvers = {
  ingestBriefing: async (_: unknown, args: { text: string; file?: string | null }, context: ApiContext) => {
    if (!context.auth.keysConfigured) {
      throw new UnauthenticatedError("mutations are disabled: no API key is configured (set GOVGRAPH_API_KEYS)");
    }
    if (!context.auth.authenticated) {
      throw new UnauthenticatedError("this mutation needs the header 'Authorization: Bearer <key>' with a configured API key");
    }
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
};
