import type { z } from "zod";
import { ValidationError, type FieldProblem } from "./errors";

/** `["alerts", 2, "offsetMinutes"]` → `alerts[2].offsetMinutes` */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), "");
}

export function zodProblems(error: z.ZodError, prefix: readonly PropertyKey[] = []): FieldProblem[] {
  return error.issues.map((issue) => ({ path: formatPath([...prefix, ...issue.path]) || "(root)", message: issue.message }));
}

export function parseOrThrow<S extends z.ZodType>(schema: S, data: unknown, prefix: readonly PropertyKey[] = []): z.output<S> {
  const result = schema.safeParse(data);
  if (!result.success) throw new ValidationError(zodProblems(result.error, prefix));
  return result.data;
}
