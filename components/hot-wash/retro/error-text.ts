import type { ApiError } from "@/lib/api-client";

/** A failed request in one line: its message, and each field problem it names. */
export function errorText(error: ApiError): string {
  return error.problems.length ? `${error.message}: ${error.problems.map((problem) => `${problem.path} ${problem.message}`).join("; ")}` : error.message;
}
