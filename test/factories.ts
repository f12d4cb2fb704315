import { randomUUID } from "node:crypto";
import type { Actor, Ctx } from "../lib/context";
import { createDrill } from "../lib/drills/create";
import { getDrill } from "../lib/drills/get";
import { startDrill } from "../lib/drills/start";
import { createScenario } from "../lib/scenarios/create";
import type { ScenarioDefinitionInput } from "../lib/scenarios/schemas";

export const facilitator: Actor = { type: "facilitator", id: "fac-1", name: "Facilitator Fay" };
export const observer: Actor = { type: "observer", id: "obs-1", name: "Observer Oz" };
export const admin: Actor = { type: "admin", id: "adm-1", name: "Admin Ada" };

export function staffCtx(actor: Actor = facilitator, now?: () => Date): Ctx {
  return now ? { actor, now } : { actor };
}

/** A short unique marker, so a test can search for its own strings (and prove secrets never leak). */
export function marker(label: string): string {
  return `${label}-${randomUUID().slice(0, 8)}`;
}

/** A valid definition with two injections, three alerts and two hints; every secret text is unique per call. */
export function makeScenarioDefinition(overrides: Partial<ScenarioDefinitionInput> = {}): ScenarioDefinitionInput {
  return {
    title: marker("Test scenario"),
    summary: "Checkout latency climbs until orders fail.",
    components: ["checkout-api", "orders-db"],
    tags: ["test"],
    timeBoxMinutes: 30,
    briefing: "Checkout is slow. You are on call.",
    rootCause: marker("secret-root-cause"),
    injections: [
      {
        id: "inj-1",
        name: "Add latency to orders-db",
        action: { kind: "manual", instructions: "toxiproxy-cli toxic add latency" },
        rollback: { kind: "manual", instructions: "toxiproxy-cli toxic remove latency" },
      },
      {
        id: "inj-2",
        name: "Black-hole orders-db",
        action: { kind: "manual", instructions: "toxiproxy-cli toxic add timeout" },
        rollback: { kind: "manual", instructions: "toxiproxy-cli toxic remove timeout" },
      },
    ],
    alerts: [
      { id: "alert-1", offsetMinutes: 2, source: "grafana", severity: "warning", title: marker("p99 latency above 1s"), body: "p99 2.3s" },
      { id: "alert-2", offsetMinutes: 5, source: "pagerduty", severity: "critical", title: marker("5xx ratio above 5%"), body: "5xx 14%" },
      { id: "alert-3", offsetMinutes: 9, source: "custom", severity: "info", title: marker("unfired alert"), body: "" },
    ],
    hints: [
      { id: "hint-1", text: "Look at what the threads wait on.", offsetMinutes: 10, release: "at_offset" },
      { id: "hint-2", text: "Check the orders-db connection pool.", release: "manual" },
    ],
    modelAnswer: [marker("secret-model-answer"), marker("secret-model-answer")],
    ...overrides,
  };
}

export async function createTestScenario(overrides: Partial<ScenarioDefinitionInput> = {}, ctx: Ctx = staffCtx()) {
  const definition = makeScenarioDefinition(overrides);
  const scenario = await createScenario({ ctx, input: { definition } });
  return { scenario, definition };
}

export async function createPlannedDrill(overrides: Partial<ScenarioDefinitionInput> = {}, ctx: Ctx = staffCtx()) {
  const { scenario, definition } = await createTestScenario(overrides, ctx);
  const { id: drillId } = await createDrill({ ctx, input: { scenarioId: scenario.id } });
  const { channelToken } = await getDrill({ ctx, input: { id: drillId } });
  if (!channelToken) throw new Error("the factory's actor must be able to run drills");
  return { scenario, definition, drillId, channelToken };
}

export async function createRunningDrill(overrides: Partial<ScenarioDefinitionInput> = {}, ctx: Ctx = staffCtx()) {
  const planned = await createPlannedDrill(overrides, ctx);
  await startDrill({ ctx, input: { drillId: planned.drillId } });
  return planned;
}

/** Awaits a promise that must reject, and returns the error for closer inspection. */
export async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected the promise to reject, but it resolved");
}
