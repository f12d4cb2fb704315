"use client";

import { useQuery } from "@tanstack/react-query";
import { surveyResultsQuery } from "@/lib/queries/survey";
import { ScoreDistribution } from "../../survey/score-distribution";
import { ErrorBanner } from "../../ui/field";
import { SurveyComments } from "./survey-comments";

/** The survey's results as they stand: per question, the distribution (hidden below the minimum), the average and the comments. */
export function SurveyResultsView({ drillId, open }: { drillId: string; open: boolean }) {
  const results = useQuery(surveyResultsQuery(drillId, open));
  if (results.error) return <ErrorBanner message={results.error.message} />;
  if (!results.data) return <p className="text-sm text-zinc-500">Loading the results…</p>;
  const { answers, anonymous, minimumShown, questions } = results.data;
  return (
    <div className="flex flex-col gap-4" aria-label="Survey results">
      <p role="status" className="text-sm text-zinc-300">
        {answers} answer{answers === 1 ? "" : "s"}
        {answers > 0 && `, ${anonymous} anonymous`}
        {open ? " so far" : ""}.
        {answers < minimumShown && <span className="text-zinc-500"> Distributions, averages and anonymous comments are hidden until {minimumShown} answers.</span>}
      </p>
      <ol className="flex flex-col gap-4">
        {questions.map((result) => (
          <li key={result.id} className="flex flex-col gap-1.5">
            <h4 className="text-sm font-medium text-zinc-200">
              {result.prompt}
              {result.source !== "standard" && <span className="ml-1.5 text-xs font-normal text-zinc-500">({result.source}&apos;s question)</span>}
            </h4>
            {result.kind === "scale" ? (
              <ScoreDistribution result={result} minimumShown={minimumShown} />
            ) : (
              <p className="text-xs text-zinc-500">
                {result.answered} answer{result.answered === 1 ? "" : "s"}
                {!result.shown && result.answered > 0 && ` (anonymous comments are shown from ${minimumShown} answers)`}
              </p>
            )}
            <SurveyComments result={result} />
          </li>
        ))}
      </ol>
    </div>
  );
}
