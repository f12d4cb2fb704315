/** Failures the Web API can be told to produce, consumed call by call. */

export interface RateLimitFault {
  count: number;
  retryAfterSeconds: number;
  methods?: string[];
}

export interface ServerErrorFault {
  count: number;
  status?: 500 | 502 | 503;
  methods?: string[];
}

export interface SlowFault {
  delayMs: number;
  /** Omitted: every matching call until faults are cleared. */
  count?: number;
  methods?: string[];
}

type FailureRule =
  | ({ kind: "rateLimit"; remaining: number } & RateLimitFault)
  | ({ kind: "serverError"; remaining: number } & ServerErrorFault);

type SlowRule = { remaining: number } & SlowFault;

/** What the router must answer instead of running the method. */
export type FaultAnswer =
  | { kind: "rateLimit"; retryAfterSeconds: number }
  | { kind: "serverError"; status: 500 | 502 | 503 }
  | { kind: "down" };

export interface FaultsSnapshot {
  down: boolean;
  failures: FailureRule[];
  slow: SlowRule[];
}

function matches(methods: string[] | undefined, method: string): boolean {
  return !methods || methods.length === 0 || methods.includes(method);
}

export class Faults {
  private isDownFlag = false;
  private failures: FailureRule[] = [];
  private slowRules: SlowRule[] = [];

  /** The next `count` matching calls answer 429 with Retry-After. */
  rateLimit(fault: RateLimitFault): void {
    this.failures.push({ kind: "rateLimit", remaining: fault.count, ...fault });
  }

  /** The next `count` matching calls answer 500/502/503 with an HTML body, as Slack's load balancer does. */
  serverError(fault: ServerErrorFault): void {
    this.failures.push({ kind: "serverError", remaining: fault.count, ...fault });
  }

  slow(fault: SlowFault): void {
    this.slowRules.push({ remaining: fault.count ?? Number.POSITIVE_INFINITY, ...fault });
  }

  /** While down, every Web API call answers 503. */
  down(on: boolean): void {
    this.isDownFlag = on;
  }

  isDown(): boolean {
    return this.isDownFlag;
  }

  clear(): void {
    this.isDownFlag = false;
    this.failures = [];
    this.slowRules = [];
  }

  snapshot(): FaultsSnapshot {
    return { down: this.isDownFlag, failures: this.failures.map((rule) => ({ ...rule })), slow: this.slowRules.map((rule) => ({ ...rule })) };
  }

  /** Milliseconds to hold this call back; consumes one use of the first matching slow rule. */
  takeDelay(method: string): number {
    const rule = this.slowRules.find((candidate) => candidate.remaining > 0 && matches(candidate.methods, method));
    if (!rule) return 0;
    rule.remaining -= 1;
    this.slowRules = this.slowRules.filter((candidate) => candidate.remaining > 0);
    return rule.delayMs;
  }

  /** The failure this call must get, if any; consumes one use of the first matching rule. */
  takeFailure(method: string): FaultAnswer | undefined {
    if (this.isDownFlag) return { kind: "down" };
    const rule = this.failures.find((candidate) => candidate.remaining > 0 && matches(candidate.methods, method));
    if (!rule) return undefined;
    rule.remaining -= 1;
    this.failures = this.failures.filter((candidate) => candidate.remaining > 0);
    return rule.kind === "rateLimit"
      ? { kind: "rateLimit", retryAfterSeconds: rule.retryAfterSeconds }
      : { kind: "serverError", status: rule.status ?? 500 };
  }
}
