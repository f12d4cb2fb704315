import type { ScenarioDefinitionInput } from "../../lib/scenarios/schemas";
import { revealWebhookSecret } from "../../lib/injections/reveal-webhook-secret";
import { createPlannedDrill, createRunningDrill, marker, staffCtx } from "../factories";
import type { SignedTarget } from "./signed-target";

type Injection = ScenarioDefinitionInput["injections"][number];

/** Every template variable in the body, so a test sees each one rendered. */
export const FULL_BODY =
  '{"drill":"{{drill.id}}","title":"{{drill.title}}","startedAt":"{{drill.startedAt}}","scenario":"{{scenario.id}}","scenarioTitle":"{{scenario.title}}","env":"{{environment.name}}","step":"{{step.id}}","stepName":"{{step.name}}","phase":"{{step.phase}}"}';

/** An injection step calling `<target><prefix>/<step>/inject`, rolled back by DELETE `<target><prefix>/<step>/rollback`. */
export function webhookStep(target: SignedTarget, prefix: string, id: string, options: { timeoutSeconds?: number; token?: string } = {}): Injection {
  const headers: Record<string, string> = options.token ? { Authorization: `Bearer ${options.token}` } : {};
  return {
    id,
    name: `Step ${id}`,
    action: { kind: "webhook", method: "POST", url: `${target.url}${prefix}/{{step.id}}/inject`, headers, body: FULL_BODY, timeoutSeconds: options.timeoutSeconds ?? 5 },
    rollback: { kind: "webhook", method: "DELETE", url: `${target.url}${prefix}/{{step.id}}/rollback?phase={{step.phase}}`, headers, body: '{"drill":"{{drill.id}}","phase":"{{step.phase}}"}', timeoutSeconds: options.timeoutSeconds ?? 5 },
  };
}

export const manualStep = (id: string): Injection => ({
  id,
  name: `Manual ${id}`,
  action: { kind: "manual", instructions: `do ${id} by hand` },
  rollback: { kind: "manual", instructions: `undo ${id} by hand` },
});

let count = 0;
/** A unique path prefix per drill, so tests sharing one target only look at their own requests. */
export const uniquePrefix = () => `/${marker("t")}-${++count}`;

/** A running (or planned) drill whose steps call the signed target, with the target knowing the scenario's secret. */
export async function webhookDrill(target: SignedTarget, injections: (prefix: string) => Injection[], overrides: Partial<ScenarioDefinitionInput> = {}, state: "running" | "planned" = "running") {
  const prefix = uniquePrefix();
  const create = state === "running" ? createRunningDrill : createPlannedDrill;
  const drill = await create({ injections: injections(prefix), alerts: [], ...overrides });
  const { secret } = await revealWebhookSecret({ ctx: staffCtx(), input: { scenarioId: drill.scenario.id } });
  target.expectSecret(prefix, secret);
  return { ...drill, prefix, secret };
}
