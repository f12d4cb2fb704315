import type { z } from "zod";
import { storable } from "./text";

export const HTTP_URL_MESSAGE = "must be an http:// or https:// URL";
export const URL_MAX = 2048;

// `{{name}}` placeholders are filled in later (webhook targets), so they stand for one safe character here.
const withoutPlaceholders = (value: string) => value.replace(/\{\{[^}]*\}\}/g, "x");

function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\/[^\s]+$/i.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}

export interface HttpUrlOptions {
  max?: number;
  /** The URL may hold `{{variable}}` placeholders (checked elsewhere), as webhook targets do. */
  placeholders?: boolean;
  /** When the value is not a string at all (missing, a number…). */
  error?: Parameters<typeof storable>[0];
  /** Default HTTP_URL_MESSAGE. */
  message?: string;
  /** The message for blank text; without it blank gets `message`. */
  required?: string;
}

/**
 * An absolute http(s) URL, trimmed: links shown to people (a signal's dashboard) and webhook targets.
 * `javascript:`, `data:` and every other scheme are refused. Blank is refused too: allow it with a union.
 */
export function httpUrl({ max = URL_MAX, placeholders = false, error, message = HTTP_URL_MESSAGE, required }: HttpUrlOptions = {}): z.ZodString {
  let schema = storable(error).trim();
  if (required) schema = schema.min(1, { error: required, abort: true });
  return (
    schema
      .max(max, `must be at most ${max} characters`)
      // The scheme as a pattern too, so the published JSON Schema says it.
      .regex(/^https?:\/\//i, message)
      // Only once per value: a wrong scheme has been reported by the pattern.
      .refine((value) => !/^https?:\/\//i.test(value) || isHttpUrl(placeholders ? withoutPlaceholders(value) : value), message)
  );
}
