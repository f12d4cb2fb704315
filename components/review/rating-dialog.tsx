"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { RATINGS, RATING_LABELS, type Rating } from "@/lib/drill-model/debrief";
import { rateObjectiveMutation } from "@/lib/queries/review";
import type { ObjectiveScore } from "@/lib/review/scorecard/types";
import { Button } from "../ui/button";
import { inputClass } from "../ui/field";
import { Modal } from "../ui/modal";
import { RatingHistory } from "./rating-history";

/** Overriding the suggested rating: a rating and the reason for it, with what was given before. */
export function RatingDialog({ drillId, objective, onClose }: { drillId: string; objective: ObjectiveScore; onClose: () => void }) {
  const [rating, setRating] = useState<Rating>(objective.rating);
  const [reason, setReason] = useState("");
  const rate = useMutation(rateObjectiveMutation(useQueryClient(), drillId));
  return (
    <Modal open title={`Rate: ${objective.name}`} onClose={onClose} width="max-w-lg">
      <form
        onSubmit={(submit) => {
          submit.preventDefault();
          rate.mutate({ objectiveId: objective.id, rating, reason: reason.trim() }, { onSuccess: onClose });
        }}
        className="flex flex-col gap-3"
      >
        <p className="text-sm text-zinc-400">
          Suggested: <span className="font-semibold text-zinc-200">{objective.suggested}</span> ({RATING_LABELS[objective.suggested]}). {objective.because}
        </p>
        <fieldset className="flex flex-col gap-1">
          <legend className="mb-1 text-xs font-medium text-zinc-400">Rating</legend>
          {RATINGS.map((value) => (
            <label key={value} className={`flex cursor-pointer items-center gap-2 rounded-md border px-2 py-1.5 text-sm ${rating === value ? "border-sky-500 bg-sky-950/60 text-sky-100" : "border-zinc-700 text-zinc-300"}`}>
              <input type="radio" name="rating" value={value} checked={rating === value} onChange={() => setRating(value)} className="accent-sky-500" />
              <span className="w-4 font-mono font-semibold">{value}</span>
              {RATING_LABELS[value]}
            </label>
          ))}
        </fieldset>
        <div className="flex flex-col gap-1">
          <label htmlFor={`rating-reason-${objective.id}`} className="text-xs font-medium text-zinc-400">
            Reason (required)
          </label>
          <textarea id={`rating-reason-${objective.id}`} rows={3} maxLength={1000} value={reason} onChange={(change) => setReason(change.target.value)} placeholder="What the team did that the times do not show" className={inputClass} />
        </div>
        {objective.history.length > 0 && <RatingHistory history={objective.history} />}
        {rate.error && (
          <p role="alert" className="text-sm text-rose-400">
            {rate.error.problems[0] ? `${rate.error.problems[0].path} ${rate.error.problems[0].message}` : rate.error.message}
          </p>
        )}
        <div className="flex justify-end gap-2">
          <Button variant="ghost" onClick={onClose} disabled={rate.isPending}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" disabled={!reason.trim() || rate.isPending}>
            {rate.isPending ? "Working…" : `Rate ${rating}`}
          </Button>
        </div>
      </form>
    </Modal>
  );
}
