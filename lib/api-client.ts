import type { FieldProblem } from "./errors";

/** An API error as the browser sees it: the server's message, its status, and per-field problems. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly problems: FieldProblem[] = [],
    /** From `Retry-After` (seconds) on a 503 or 429: when asking again is worth it. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

function retryAfterMs(response: Response): number | undefined {
  const seconds = Number(response.headers.get("retry-after"));
  return Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds, 300) * 1000 : undefined;
}

export async function api<T>(path: string, init?: { method?: string; body?: unknown; headers?: Record<string, string> }): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: init?.method ?? (init?.body === undefined ? "GET" : "POST"),
      headers: { ...(init?.body === undefined ? {} : { "content-type": "application/json" }), ...init?.headers },
      body: init?.body === undefined ? undefined : JSON.stringify(init.body),
    });
  } catch {
    throw new ApiError("Cannot reach drillroom: check your connection and try again.", 0);
  }
  const payload = await response.json().catch(() => null);
  if (!response.ok) {
    const problem = (payload ?? {}) as { title?: string; errors?: FieldProblem[] };
    throw new ApiError(problem.title ?? `Request failed (${response.status})`, response.status, problem.errors ?? [], retryAfterMs(response));
  }
  return payload as T;
}
