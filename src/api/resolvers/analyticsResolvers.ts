import { BadUserInputError } from "../../errors.js";
import type { ApiContext } from "../context.js";
import { organizationModel, riskModel, themeModel, type RiskModel, type ThemeModel } from "../models.js";
import { bucketize, type Interval } from "../trend.js";

/** The largest organization x theme (or x risk) matrix one request may ask for. */
export const MAX_MATRIX_CELLS = 1000;

type MatrixArgs = { first?: number | null; from?: string | null; to?: string | null };

function matrixLimit(args: MatrixArgs): number {
  const first = args.first ?? 50;
  if (!Number.isInteger(first) || first < 0 || first > MAX_MATRIX_CELLS) {
    throw new BadUserInputError(`"first" must be between 0 and ${MAX_MATRIX_CELLS}; got ${first}`, { argument: "first", max: MAX_MATRIX_CELLS });
  }
  return first;
}

/** Item counts per bucket for one item query (a theme, a risk) over an inclusive range. */
async function trendOf(query: { themeId: string } | { riskId: string }, args: { from: string; to: string; interval: Interval }, context: ApiContext) {
  if (args.from > args.to) throw new BadUserInputError(`"from" (${args.from}) is after "to" (${args.to})`);
  const counts = await context.store.itemCountsByDate({ ...query, from: args.from, to: args.to });
  return bucketize(counts, args.from, args.to, args.interval);
}

export const analyticsQueryResolvers = {
  organizationThemeMatrix: async (_: unknown, args: MatrixArgs, context: ApiContext) => {
    const first = matrixLimit(args);
    const cells = await context.store.organizationThemeMatrix({ from: args.from ?? undefined, to: args.to ?? undefined }, first);
    return cells.map((c) => ({ organization: organizationModel(c.organization), theme: themeModel(c.theme), itemCount: c.count }));
  },

  organizationRiskMatrix: async (_: unknown, args: MatrixArgs, context: ApiContext) => {
    const first = matrixLimit(args);
    const cells = await context.store.organizationRiskMatrix({ from: args.from ?? undefined, to: args.to ?? undefined }, first);
    return cells.map((c) => ({ organization: organizationModel(c.organization), risk: riskModel(c.risk), itemCount: c.count }));
  },
};

export const analyticsTypeResolvers = {
  Theme: {
    trend: (parent: ThemeModel, args: { from: string; to: string; interval: Interval }, context: ApiContext) =>
      trendOf({ themeId: parent.id }, args, context),
  },
  Risk: {
    trend: (parent: RiskModel, args: { from: string; to: string; interval: Interval }, context: ApiContext) =>
      trendOf({ riskId: parent.id }, args, context),
  },
};
