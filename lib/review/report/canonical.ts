import { createHash } from "node:crypto";

/** JSON with every object's keys sorted: the same content always gives the same bytes, whatever order it was built or stored in (jsonb reorders keys). */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === "object" && !Array.isArray(item) ? Object.fromEntries(Object.entries(item as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : item,
  );
}

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
