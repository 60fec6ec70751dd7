import { BadUserInputError } from "../../errors.js";
import type { ApiContext } from "../context.js";
import { organizationModel, themeModel, type ThemeModel } from "../models.js";
import { bucketize, type Interval } from "../trend.js";

/** The largest organization x theme matrix one request may ask for. */
export const MAX_MATRIX_CELLS = 1000;

export const analyticsQueryResolvers = {
  organizationThemeMatrix: async (
    _: unknown,
    args: { first?: number | null; from?: string | null; to?: string | null },
    context: ApiContext,
  ) => {
    const first = args.first ?? 50;
    if (!Number.isInteger(first) || first < 0 || first > MAX_MATRIX_CELLS) {
      throw new BadUserInputError(`"first" must be between 0 and ${MAX_MATRIX_CELLS}; got ${first}`, { argument: "first", max: MAX_MATRIX_CELLS });
    }
    const cells = await context.store.organizationThemeMatrix({ from: args.from ?? undefined, to: args.to ?? undefined }, first);
    return cells.map((c) => ({ organization: organizationModel(c.organization), theme: themeModel(c.theme), itemCount: c.count }));
  },
};

export const analyticsTypeResolvers = {
  Theme: {
    trend: async (parent: ThemeModel, args: { from: string; to: string; interval: Interval }, context: ApiContext) => {
      if (args.from > args.to) throw new BadUserInputError(`"from" (${args.from}) is after "to" (${args.to})`);
      const counts = await context.store.itemCountsByDate({ themeId: parent.id, from: args.from, to: args.to });
      return bucketize(counts, args.from, args.to, args.interval);
    },
  },
};
