import { vi } from "vitest";

export type Sent = { url: string; method: string; body: unknown };

/** Replaces fetch with one that answers `{}` and records every request it was sent. Undo with vi.unstubAllGlobals(). */
export function recordFetch(): Sent[] {
  const sent: Sent[] = [];
  vi.stubGlobal("fetch", async (url: string, init: RequestInit) => {
    sent.push({ url, method: init.method ?? "GET", body: init.body === undefined ? undefined : JSON.parse(init.body as string) });
    return new Response("{}", { status: 200, headers: { "content-type": "application/json" } });
  });
  return sent;
}

/** What the test calls of a mutation's options (method syntax, so any input type fits). */
interface Action<Input> {
  mutationFn?(input: Input, context: never): Promise<unknown>;
  onSettled?(...args: never[]): unknown;
}

/** Runs a mutation as useMutation would, without React: the request, then what it does once settled. */
export const act =
  <Input,>(options: Action<Input>, input: Input) =>
  async () => {
    await options.mutationFn!(input, {} as never);
    await options.onSettled?.();
  };
