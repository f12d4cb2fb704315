/**
 * Field-level differences between two scenario revisions, with paths a person can read:
 * `alerts[alert-2].title`. List items with an `id` are matched by it, so a reordered list
 * shows moves instead of every field changed; other lists (strings, criteria) by index.
 */
export type ChangeKind = "added" | "removed" | "changed" | "moved";

export interface RevisionChange {
  kind: ChangeKind;
  /** The top-level field the change is in (`alerts`, `title`, ...), for grouping. */
  section: string;
  path: string;
  /** For `moved`: the item's old and new position (0-based). */
  before?: unknown;
  after?: unknown;
}

type Json = unknown;
type Obj = Record<string, Json>;

const isObject = (value: Json): value is Obj => typeof value === "object" && value !== null && !Array.isArray(value);
const present = (value: Json) => value !== undefined;

export function diffRevisions(before: Json, after: Json): RevisionChange[] {
  const changes: RevisionChange[] = [];
  diffValue(before, after, [], changes);
  return changes;
}

type Segment = { key: string } | { index: number } | { id: string };

function formatSegments(segments: Segment[]): string {
  return segments.reduce<string>((out, segment) => {
    if ("index" in segment) return `${out}[${segment.index}]`;
    if ("id" in segment) return `${out}[${segment.id}]`;
    const key = /^[A-Za-z_][\w-]*$/.test(segment.key) ? segment.key : JSON.stringify(segment.key);
    if (key.startsWith('"')) return `${out}[${key}]`;
    return out ? `${out}.${key}` : key;
  }, "");
}

function push(changes: RevisionChange[], segments: Segment[], change: Omit<RevisionChange, "section" | "path">) {
  const first = segments[0];
  const section = first && "key" in first ? first.key : "(document)";
  changes.push({ section, path: formatSegments(segments) || "(document)", ...change });
}

function diffValue(before: Json, after: Json, at: Segment[], changes: RevisionChange[]): void {
  if (!present(before) && !present(after)) return;
  if (!present(before)) return push(changes, at, { kind: "added", after });
  if (!present(after)) return push(changes, at, { kind: "removed", before });
  if (Array.isArray(before) && Array.isArray(after)) return diffList(before, after, at, changes);
  if (isObject(before) && isObject(after)) {
    // A step that became a different kind of thing (manual → webhook) reads best as one change.
    if ("kind" in before && before.kind !== after.kind) return push(changes, at, { kind: "changed", before, after });
    const keys = [...Object.keys(before), ...Object.keys(after).filter((key) => !(key in before))];
    for (const key of keys) diffValue(before[key], after[key], [...at, { key }], changes);
    return;
  }
  if (!sameValue(before, after)) push(changes, at, { kind: "changed", before, after });
}

function sameValue(a: Json, b: Json): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

const itemId = (item: Json): string | undefined => (isObject(item) && typeof item.id === "string" ? item.id : undefined);

/** Lists whose items all carry an id, unique within the list, are matched by id. */
function keyedById(items: Json[]): boolean {
  const ids = items.map(itemId);
  return ids.every((id) => id !== undefined) && new Set(ids).size === ids.length;
}

function diffList(before: Json[], after: Json[], at: Segment[], changes: RevisionChange[]): void {
  const nonEmpty = before.length + after.length > 0;
  if (nonEmpty && keyedById(before) && keyedById(after)) return diffKeyedList(before as Obj[], after as Obj[], at, changes);
  const length = Math.max(before.length, after.length);
  for (let index = 0; index < length; index += 1) diffValue(before[index], after[index], [...at, { index }], changes);
}

function diffKeyedList(before: Obj[], after: Obj[], at: Segment[], changes: RevisionChange[]): void {
  const beforeIndex = new Map(before.map((item, index) => [item.id as string, index]));
  const afterIndex = new Map(after.map((item, index) => [item.id as string, index]));
  const moved = movedIds(
    before.map((item) => item.id as string).filter((id) => afterIndex.has(id)),
    after.map((item) => item.id as string).filter((id) => beforeIndex.has(id)),
  );
  for (const item of before) {
    const id = item.id as string;
    const path = [...at, { id }];
    const next = afterIndex.get(id);
    if (next === undefined) {
      push(changes, path, { kind: "removed", before: item });
      continue;
    }
    if (moved.has(id)) push(changes, path, { kind: "moved", before: beforeIndex.get(id), after: next });
    diffValue(item, after[next], path, changes);
  }
  for (const item of after) if (!beforeIndex.has(item.id as string)) push(changes, [...at, { id: item.id as string }], { kind: "added", after: item });
}

/**
 * The fewest items to call "moved" so the rest keep their relative order: everything outside a
 * longest common subsequence of the two orders. Swapping two hints moves one, not the whole list.
 */
function movedIds(beforeOrder: string[], afterOrder: string[]): Set<string> {
  const rank = new Map(beforeOrder.map((id, index) => [id, index]));
  const sequence = afterOrder.map((id) => rank.get(id)!);
  const kept = new Set(longestIncreasing(sequence).map((position) => afterOrder[position]!));
  const outOfOrder = afterOrder.filter((id) => !kept.has(id));
  // When as few items changed place outright (a reversed list), name those: an item "moved" to where it already was reads wrong.
  const displaced = afterOrder.filter((id, index) => rank.get(id) !== index);
  return new Set(displaced.length <= outOfOrder.length ? displaced : outOfOrder);
}

/** Positions (into `values`) of one longest strictly increasing subsequence, O(n log n). */
function longestIncreasing(values: number[]): number[] {
  const tails: number[] = []; // tails[k]: position of the smallest tail of an increasing run of length k+1
  const previous: number[] = new Array(values.length).fill(-1);
  values.forEach((value, position) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (values[tails[mid]!]! < value) low = mid + 1;
      else high = mid;
    }
    if (low > 0) previous[position] = tails[low - 1]!;
    tails[low] = position;
  });
  const result: number[] = [];
  for (let position = tails.at(-1) ?? -1; position !== -1; position = previous[position]!) result.unshift(position);
  return result;
}
