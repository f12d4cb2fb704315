"use client";

import { useQueries, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { audienceLabel, audiencesOf } from "@/lib/drill-model/hot-wash";
import { improvementListQuery } from "@/lib/queries/improvements";
import { rosterQuery } from "@/lib/queries/roster";
import { useCan } from "../auth/use-can";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { ErrorBanner } from "../ui/field";
import { ActionItemForm } from "./action-item-form";
import { ItemsTable } from "./items-table";

/** A game day's own action items (not those of its drills), with the same form; its audiences are its drills' teams. */
export function ExercisePlan({ exerciseId, drillIds }: { exerciseId: string; drillIds: string[] }) {
  const canRun = useCan()("drill.run");
  const items = useQuery(improvementListQuery({ exerciseId, status: "all" }));
  const rosters = useQueries({ queries: drillIds.map((drillId) => rosterQuery(drillId)) });
  const [adding, setAdding] = useState(false);
  const teams = rosters.flatMap((roster) => (roster.data?.people ?? []).map((person) => person.team ?? null));
  const audiences = audiencesOf(teams).map((key) => ({ key, label: audienceLabel(key) }));
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
        {adding && <ActionItemForm target={{ exerciseId }} audiences={audiences} idPrefix={`exercise-plan-${exerciseId}`} onDone={() => setAdding(false)} />}
        {items.error && <ErrorBanner message={items.error.message} />}
        {items.data && count === 0 && !adding && <p className="text-sm text-zinc-500">No action items for the game day itself yet.</p>}
        {items.data && count > 0 && <ItemsTable items={items.data.items} canRun={canRun} showFrom={false} label="The game day's action items" />}
      </div>
    </Card>
  );
}
