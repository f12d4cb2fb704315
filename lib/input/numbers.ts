import { z } from "zod";

/**
 * Number primitives. Whole numbers that end up in a Postgres `integer` column (event sequence numbers,
 * revision numbers, offsets) must fit it: above 2,147,483,647 the database fails, so they are refused here.
 */

export const INT32_MAX = 2_147_483_647;

export interface WholeNumberOptions {
  /** Default 0. */
  min?: number;
  /** Default and at most INT32_MAX. */
  max?: number;
  /** The message for every problem not given its own below (not a number, not whole, out of range). */
  error?: string;
  notWhole?: string;
  tooSmall?: string;
  tooBig?: string;
}

type NumberChecks<S> = { int(message: string): S; min(value: number, message: string): S; max(value: number, message: string): S };

function bounded<S extends NumberChecks<S>>(schema: S, { min = 0, max = INT32_MAX, error, notWhole, tooSmall, tooBig }: WholeNumberOptions): S {
  if (max > INT32_MAX) throw new Error(`int32: max ${max} does not fit a Postgres integer`);
  return schema
    .int(notWhole ?? error ?? "must be a whole number")
    .min(min, tooSmall ?? error ?? `must be at least ${min}`)
    .max(max, tooBig ?? error ?? `must be at most ${max}`);
}

/** A whole number in a JSON body that fits a Postgres `integer`. */
export function int32(options: WholeNumberOptions = {}): z.ZodNumber {
  return bounded(z.number({ error: options.error ?? "must be a whole number" }), options);
}

/** The same from a query string or path segment ("42"): coerced, then checked like `int32`. */
export function queryInt32(options: WholeNumberOptions = {}): z.ZodCoercedNumber {
  return bounded(z.coerce.number({ error: options.error ?? "must be a whole number" }), options);
}

/** A drill's timeline event, by its sequence number (the `id` events carry on the wire). */
export function seq(): z.ZodNumber {
  return int32({ min: 1, error: "must be an event id" });
}

/** A number that need not be whole (minutes, say), always with both bounds. */
export function decimal({ min, max, error, tooSmall, tooBig }: { min: number; max: number; error?: string; tooSmall?: string; tooBig?: string }): z.ZodNumber {
  return z
    .number({ error: error ?? "must be a number" })
    .min(min, tooSmall ?? error ?? `must be at least ${min}`)
    .max(max, tooBig ?? error ?? `must be at most ${max}`);
}
