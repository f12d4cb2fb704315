import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import { ApiError } from "@/lib/api-client";

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Puts a failed request's field problems on the form's own fields ("scopes[1]" lands on "scopes"), and
 * answers the message for the form's action: null when every problem found its field.
 */
export function placeProblems<T extends FieldValues>(error: unknown, setError: UseFormSetError<T>, fields: readonly Path<T>[]): string | null {
  if (!(error instanceof ApiError)) return "Something went wrong; try again.";
  const unplaced: string[] = [];
  for (const problem of error.problems) {
    const field = fields.find((name) => problem.path === name || problem.path.startsWith(`${name}.`) || problem.path.startsWith(`${name}[`));
    if (field) setError(field, { type: "server", message: sentence(problem.message) });
    else unplaced.push(`${problem.path} ${problem.message}`);
  }
  if (error.problems.length > 0 && unplaced.length === 0) return null;
  return unplaced.length ? `${error.message}: ${unplaced.join("; ")}` : error.message;
}
