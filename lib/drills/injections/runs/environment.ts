import type { ScenarioDefinition } from "../../../scenarios/schemas";

export type EnvironmentCheck = { allowed: true; override: boolean } | { allowed: false; message: string; reason: string };

/**
 * A protected environment runs nothing unless the facilitator typed its exact name; doing so is an
 * override, and the timeline says so. An unprotected one needs nothing.
 */
export function checkEnvironment(environment: ScenarioDefinition["environment"], confirmEnvironment: string | undefined, verb: string): EnvironmentCheck {
  if (!environment.protected) return { allowed: true, override: false };
  if (confirmEnvironment === environment.name) return { allowed: true, override: true };
  if (confirmEnvironment)
    return { allowed: false, reason: `confirmation "${confirmEnvironment}" did not match`, message: `"${confirmEnvironment}" is not this drill's environment. Type "${environment.name}" exactly to ${verb}.` };
  return { allowed: false, reason: "not confirmed", message: `This drill runs against "${environment.name}", a protected environment. Type "${environment.name}" to confirm, then ${verb}.` };
}
