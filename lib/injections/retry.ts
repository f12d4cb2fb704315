import type { StepAction } from "../scenarios/schemas";

/** How often a webhook call is tried. Retries happen on 5xx answers, timeouts and network errors; never on 4xx. */
export interface RetryPolicy {
  attempts: number;
  /** The wait before the first retry; each later one waits `factor` times longer, capped at `maxDelayMs`. */
  baseDelayMs: number;
  factor: number;
  maxDelayMs: number;
}

/** Three attempts, about 250 ms then 1 s apart: enough for a target restarting, short enough for a drill. */
export const DEFAULT_RETRY: RetryPolicy = { attempts: 3, baseDelayMs: 250, factor: 4, maxDelayMs: 5_000 };

/**
 * The wait before retry number `retry` (1-based): exponential, with "equal jitter" (half fixed, half random)
 * so several drills retrying against one recovering target do not hit it in lockstep.
 */
export function backoffDelayMs(retry: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * policy.factor ** (retry - 1));
  return Math.round(exponential / 2 + random() * (exponential / 2));
}

/** 5xx and "no answer" (timeout, refused, reset) may be transient; a 4xx or a redirect will answer the same again. */
export function isRetryable(status: number | null): boolean {
  return status === null || status >= 500;
}

/** The longest one action can take with every retry: after that, a run still marked running was interrupted. */
export function maxDurationMs(action: StepAction, policy: RetryPolicy = DEFAULT_RETRY): number {
  if (action.kind === "manual") return 0;
  let total = action.timeoutSeconds * 1000 * policy.attempts;
  for (let retry = 1; retry < policy.attempts; retry++) total += Math.min(policy.maxDelayMs, policy.baseDelayMs * policy.factor ** (retry - 1));
  return total;
}
