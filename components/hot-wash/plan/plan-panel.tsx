"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { ActionItemForm } from "@/components/improvements/action-item-form";
import { ItemsTable } from "@/components/improvements/items-table";
import { audienceLabel, audiencesOf } from "@/lib/drill-model/hot-wash";
import { improvementListQuery } from "@/lib/queries/improvements";
import { retroQuery } from "@/lib/queries/retro";
import { rosterQuery } from "@/lib/queries/roster";
import { Button } from "../../ui/button";
import { Card } from "../../ui/card";
import { ErrorBanner } from "../../ui/field";
import type { HotWashProps } from "../hot-wash";

/** The drill's improvement plan: its action items, added and changed by facilitators, read by observers. */
export function PlanPanel({ drill, canRun }: HotWashProps) {
  const items = useQuery(improvementListQuery({ drillId: drill.id, status: "all" }));
  const roster = useQuery(rosterQuery(drill.id));
  // The retrospective may not be there (an older server, or no access): the plan works without "came from".
  const retro = useQuery({ ...retroQuery(drill.id), retry: false });
  const [adding, setAdding] = useState(false);
  const audiences = audiencesOf((roster.data?.people ?? []).map((person) => person.team ?? null)).map((key) => ({ key, label: audienceLabel(key) }));
  const count = items.data?.items.length ?? 0;
  return (
    <Card
      title={`Improvement plan${items.data ? ` (${count})` : ""}`}
      actions={
        canRun && !adding ? (
          <Button size="sm" onClick={() => setAdding(true)}>
            Add action item
          </Button>
        ) : null
      }
    >
      <div className="flex flex-col gap-3">
        {adding && (
          <ActionItemForm
            target={{ drillId: drill.id }}
            audiences={audiences}
            retroItems={retro.data?.items.map((item) => ({ id: item.id, text: item.text })) ?? []}
            defaultScenarioId={drill.scenarioId}
            idPrefix={`plan-${drill.id}`}
            onDone={() => setAdding(false)}
          />
        )}
        {items.error && <ErrorBanner message={items.error.message} />}
        {items.data && count === 0 && !adding && (
          <p className="text-sm text-zinc-500">{canRun ? "No action items yet: add what the team will change, who owns it and by when." : "No action items yet."}</p>
        )}
        {items.data && count > 0 && <ItemsTable items={items.data.items} canRun={canRun} showFrom={false} label="The drill's action items" />}
      </div>
    </Card>
  );
}
