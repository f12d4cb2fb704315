import { ApiError } from "../api-client";

/** How long to wait before asking again after the database was away, when the answer did not say. */
const UNAVAILABLE_REFETCH_MS = 5_000;

/**
 * Whether a failed query is tried again at once. Not after 401/403 (signing in again is the only cure) nor after a
 * 503 (the database is away: the page says so at once, and `refetchWhileUnavailable` keeps asking).
 */
export function retryQuery(failures: number, error: unknown): boolean {
  if (error instanceof ApiError && [401, 403, 503].includes(error.status)) return false;
  return failures < 1;
}

/** While a query's last answer was a 503, ask again after its Retry-After, so the page recovers by itself. */
export function refetchWhileUnavailable(query: { state: { error: unknown } }): number | false {
  const error = query.state.error;
  return error instanceof ApiError && error.status === 503 ? (error.retryAfterMs ?? UNAVAILABLE_REFETCH_MS) : false;
}
