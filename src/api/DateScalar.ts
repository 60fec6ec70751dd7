import { GraphQLError, GraphQLScalarType, Kind } from "graphql";
import { IsoDate } from "../domain/BriefingDraft.js";

function parseDate(value: unknown): string {
  const parsed = IsoDate.safeParse(value);
  if (!parsed.success) {
    throw new GraphQLError(`Date must be a real calendar day written YYYY-MM-DD; got ${JSON.stringify(value)}`, {
      extensions: { code: "BAD_USER_INPUT" },
    });
  }
  return parsed.data;
}

/** ISO 8601 calendar dates (YYYY-MM-DD), checked to be real days. */
export const DateScalar = new GraphQLScalarType({
  name: "Date",
  description: "An ISO 8601 calendar date, YYYY-MM-DD (for example 2026-03-25).",
  serialize: parseDate,
  parseValue: parseDate,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError("Date must be a string YYYY-MM-DD", { extensions: { code: "BAD_USER_INPUT" } });
    return parseDate(ast.value);
  },
});
