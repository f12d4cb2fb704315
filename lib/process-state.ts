// Next bundles instrumentation and each route apart and its dev server re-evaluates modules, so a
// module-level variable is not one per process: the Postgres listener, the timeline hub and the
// running workers would be duplicated. Everything that must be one per process lives in this one object.
const holder = globalThis as unknown as { drillroomProcess?: Map<string, unknown> };

function slots(): Map<string, unknown> {
  holder.drillroomProcess ??= new Map();
  return holder.drillroomProcess;
}

/** This process's one `key`, made by `create` the first time it is asked for. */
export function processWide<T>(key: string, create: () => T): T {
  const map = slots();
  if (!map.has(key)) map.set(key, create());
  return map.get(key) as T;
}

/** What `key` holds now, if anything (a handle set by whoever started it). */
export function processValue<T>(key: string): T | undefined {
  return slots().get(key) as T | undefined;
}

/** Sets (or with `undefined`, clears) `key`. */
export function setProcessValue<T>(key: string, value: T | undefined): void {
  if (value === undefined) slots().delete(key);
  else slots().set(key, value);
}
