import { readFileSync } from "node:fs";
import type { z } from "zod";
import { GovgraphError, ErrorCode } from "../errors.js";

/** Reads and validates a JSON file; any problem is a BAD_USER_INPUT error naming the file, the field and the reason. */
export function readJsonFile<T>(file: string, schema: z.ZodType<T>): T {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new GovgraphError(ErrorCode.BAD_USER_INPUT, `${file}: cannot read the file (${(error as Error).message})`);
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

