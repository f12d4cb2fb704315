import type { SurveyQuestionResult } from "@/lib/survey/results";

/**
 * One scale question's answers as five bars (1 to 5), its average, and how many answered. While fewer than the minimum
 * answered, it says so instead: a distribution of two answers would tell who gave which.
 */
export function ScoreDistribution({ result, minimumShown }: { result: SurveyQuestionResult; minimumShown: number }) {
  if (result.kind !== "scale") return null;
  if (!result.shown || !result.distribution) {
    return (
      <p className="text-xs text-zinc-500">
        {result.answered} answer{result.answered === 1 ? "" : "s"} so far: the distribution is shown from {minimumShown}.
      </p>
    );
  }
  const most = Math.max(1, ...result.distribution);
  const summary = result.distribution.map((count, index) => `${index + 1}: ${count}`).join(", ");
  return (
    <figure className="flex flex-col gap-1">
      <div role="img" aria-label={`${result.prompt} ${summary}; average ${result.average ?? "none"}`} className="flex h-16 items-end gap-1.5">
        {result.distribution.map((count, index) => (
          <div key={index} className="flex w-8 flex-col items-center justify-end gap-0.5">
            <span className="text-[10px] tabular-nums text-zinc-400">{count}</span>
            <div className="w-full rounded-t bg-sky-500/80" style={{ height: `${Math.round((count / most) * 40)}px`, minHeight: count ? 2 : 0 }} />
          </div>
        ))}
      </div>
      <div className="flex gap-1.5 text-[10px] text-zinc-500" aria-hidden>
        {result.distribution.map((_, index) => (
          <span key={index} className="w-8 text-center tabular-nums">
            {index + 1}
          </span>
        ))}
      </div>
      <figcaption className="text-xs text-zinc-400">
        Average <span className="font-semibold tabular-nums text-zinc-200">{result.average?.toFixed(1) ?? "–"}</span> of 5 · {result.answered} answer{result.answered === 1 ? "" : "s"}
        {result.low && result.high && (
          <span className="text-zinc-500">
            {" "}
            · 1 = {result.low}, 5 = {result.high}
          </span>
        )}
      </figcaption>
    </figure>
  );
}
