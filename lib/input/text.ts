import { z } from "zod";

/**
 * Text primitives: every string a request, a document or Slack hands to `lib/` goes through one of these.
 * They refuse what Postgres cannot store (a NUL byte in `text` or `jsonb`, a lone UTF-16 surrogate), so such
 * input is a 422 naming the field instead of a 500 from the database, and they always carry a length limit.
 */

export const NUL_MESSAGE = "must not contain a NUL character";
export const LONE_SURROGATE_MESSAGE = "contains an invalid character (lone surrogate)";

/** Zod's own `error` parameter: a message, or a function of the issue (e.g. "is required" only when missing). */
type ErrorParam = string | ((issue: { code?: string; input?: unknown }) => string | undefined);

const hasNul = (value: string) => value.includes("\u0000");
// In a `u` regex a proper surrogate pair is one code point, so `\p{Cs}` matches only a lone half.
const hasLoneSurrogate = (value: string) => /\p{Cs}/u.test(value);

/**
 * Any string Postgres can store, without a length limit: the base of the primitives below. Chain zod's
 * string checks after it. Use it directly only for text that already has a bound elsewhere.
 */
export function storable(error?: ErrorParam): z.ZodString {
  return z
    .string(error === undefined ? undefined : { error })
    .refine((value) => !hasNul(value), NUL_MESSAGE)
    .refine((value) => !hasLoneSurrogate(value), LONE_SURROGATE_MESSAGE);
}

export interface TextOptions {
  /** At most this many characters (after trimming). */
  max: number;
  /** At least this many (after trimming); 1 makes blank text a "required" problem. Default 0. */
  min?: number;
  /** Trim surrounding whitespace before the length checks (default true). */
  trim?: boolean;
  /** When the value is not a string at all (missing, a number…). */
  error?: ErrorParam;
  /** Default "is required" (for `min: 1`) or "must be at least N characters". */
  tooShort?: string;
  /** Default "must be at most N characters". */
  tooLong?: string;
}

/** Text with length limits: titles, names, notes, messages, query strings. */
export function text({ max, min = 0, trim = true, error, tooShort, tooLong }: TextOptions): z.ZodString {
  let schema = storable(error);
  if (trim) schema = schema.trim();
  if (min > 0) schema = schema.min(min, tooShort ?? (min === 1 ? "is required" : `must be at least ${min} characters`));
  return schema.max(max, tooLong ?? `must be at most ${max} characters`);
}

/** Ids longer than this are not ours (cuids, uuids, link tokens, Slack ids, scenario item ids are far shorter). */
export const ID_MAX = 200;

/** An id in a path, a query string or a body: non-empty, bounded, never trimmed (an id is exact). */
export function id({ max = ID_MAX, error, tooLong }: { max?: number; error?: ErrorParam; tooLong?: string } = {}): z.ZodString {
  return storable(error)
    .min(1, "is required")
    .max(max, tooLong ?? "is too long");
}
