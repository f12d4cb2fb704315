import type { ScenarioDefinition } from "@/lib/scenarios/schemas";
import { Badge } from "@/components/ui/badge";

const difficultyTone = { introductory: "success", intermediate: "info", advanced: "danger" } as const;

export function DifficultyBadge({ difficulty }: { difficulty: ScenarioDefinition["difficulty"] }) {
  return <Badge tone={difficultyTone[difficulty]}>{difficulty}</Badge>;
}

/** The environment by name, with a loud mark when injections there need an explicit override. */
export function EnvironmentBadge({ environment }: { environment: ScenarioDefinition["environment"] }) {
  return (
    <span className="inline-flex items-center gap-1.5">
      <span className="font-mono text-[12px] text-zinc-200">{environment.name}</span>
      {environment.protected && (
        <Badge tone="danger" className="gap-1">
          <svg aria-hidden viewBox="0 0 16 16" className="h-3 w-3" fill="currentColor">
            <path d="M8 1l5.5 2v4.2c0 3.4-2.3 6.4-5.5 7.3-3.2-.9-5.5-3.9-5.5-7.3V3L8 1z" />
          </svg>
          protected
        </Badge>
      )}
    </span>
  );
}
