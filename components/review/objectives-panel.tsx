"use client";

import { useState } from "react";
import { formatOffset } from "@/lib/drill-model/clock";
import { RATING_LABELS, type Rating } from "@/lib/drill-model/debrief";
import type { ObjectiveScore } from "@/lib/review/scorecard/types";
import { Badge, type BadgeTone } from "../ui/badge";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { span } from "./format";
import { RatingDialog } from "./rating-dialog";
import { RatingHistory } from "./rating-history";

const ratingTone: Record<Rating, BadgeTone> = { P: "success", S: "info", M: "warning", U: "danger" };

export function RatingBadge({ rating }: { rating: Rating }) {
  return (
    <Badge tone={ratingTone[rating]} className="font-mono">
      <span title={RATING_LABELS[rating]}>{rating}</span>
    </Badge>
  );
}

function ObjectiveRow({ objective, onOverride }: { objective: ObjectiveScore; onOverride?: () => void }) {
  return (
    <li data-objective={objective.id} className="flex flex-col gap-1.5 py-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="flex items-center gap-2">
          <RatingBadge rating={objective.rating} />
          <span className="font-medium text-zinc-100">{objective.name}</span>
          {objective.derived && <span className="text-xs text-zinc-500">(from a success criterion)</span>}
        </div>
        {onOverride && (
          <Button size="sm" variant="ghost" onClick={onOverride} aria-label={`Override the rating of ${objective.name}`}>
            Override…
          </Button>
        )}
      </div>
      <p className="text-xs text-zinc-400">
        {RATING_LABELS[objective.rating]}.{" "}
        {objective.override ? (
          <>
            Given by {objective.override.by} (suggested {objective.suggested}): <span className="text-zinc-200">{objective.override.reason}</span>
          </>
        ) : (
          <>Suggested: {objective.because}</>
        )}
      </p>
      <ul className="flex flex-wrap gap-x-3 gap-y-0.5 text-xs text-zinc-500">
        {objective.milestones.map((milestone) => {
          const criterion = objective.criteria.find((each) => each.milestone === milestone.milestone);
          return (
            <li key={milestone.milestone}>
              <span className={milestone.reachedOffsetMs === null ? "text-zinc-500" : "text-emerald-300"}>{milestone.reachedOffsetMs === null ? "✗" : "✓"} {milestone.label}</span>
              {milestone.reachedOffsetMs !== null && <span className="font-mono"> {formatOffset(milestone.reachedOffsetMs)}</span>}
              {criterion && (
                <span className={criterion.met ? "text-emerald-400" : "text-rose-300"}>
                  {" "}
                  ({criterion.measuredMs === null ? `limit ${criterion.withinMinutes} min` : `${span(criterion.measuredMs)} of ${criterion.withinMinutes} min`})
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {objective.history.length > 1 && (
        <details className="text-xs">
          <summary className="cursor-pointer text-zinc-500 hover:text-zinc-300">Rating history ({objective.history.length})</summary>
          <div className="mt-1">
            <RatingHistory history={objective.history} />
          </div>
        </details>
      )}
    </li>
  );
}

/** P/S/M/U per objective: suggested from its criteria, overridable with a reason by those who run the drill. */
export function ObjectivesPanel({ drillId, objectives, canRate }: { drillId: string; objectives: ObjectiveScore[]; canRate: boolean }) {
  const [editing, setEditing] = useState<string | null>(null);
  const objective = objectives.find((each) => each.id === editing);
  return (
    <Card title="Objectives">
      {objectives.length === 0 ? (
        <p className="text-sm text-zinc-500">This scenario names no objectives and no success criteria: there is nothing to rate.</p>
      ) : (
        <ul data-testid="objectives" className="flex flex-col divide-y divide-zinc-800/70">
          {objectives.map((each) => (
            <ObjectiveRow key={each.id} objective={each} onOverride={canRate ? () => setEditing(each.id) : undefined} />
          ))}
        </ul>
      )}
      {objective && <RatingDialog drillId={drillId} objective={objective} onClose={() => setEditing(null)} />}
    </Card>
  );
}
