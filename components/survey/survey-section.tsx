"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { surveyFormQuery, type SurveyTarget } from "@/lib/queries/survey";
import { ErrorBanner } from "../ui/field";
import { SurveyAnswerForm } from "./survey-answer-form";
import { SurveyThanks } from "./survey-thanks";

/** One person's survey, wherever they answer it (the channel, the debrief): the form, their thanks, or why it is closed. */
export function SurveySection({ target }: { target: SurveyTarget }) {
  const form = useQuery(surveyFormQuery(target));
  const [editing, setEditing] = useState(false);
  if (form.error) return <ErrorBanner message={form.error.message} />;
  if (!form.data) return <p className="text-sm text-zinc-500">Loading the survey…</p>;
  const { open, answered, closedBecause } = form.data;
  const closed = closedBecause && (
    <p role="status" className="text-sm text-zinc-400">
      {closedBecause}
    </p>
  );
  if (answered !== "no" && !(editing && open)) {
    return (
      <div className="flex flex-col gap-2">
        <SurveyThanks answered={answered} open={open} onEdit={() => setEditing(true)} />
        {closed}
      </div>
    );
  }
  if (!open) return closed;
  return <SurveyAnswerForm key={editing ? "edit" : "new"} form={form.data} target={target} editing={editing} onDone={() => setEditing(false)} />;
}
