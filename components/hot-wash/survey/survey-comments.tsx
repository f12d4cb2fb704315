import type { SurveyQuestionResult } from "@/lib/survey/results";

/** A question's comments: names only on named answers; anonymous ones only once enough answers hide who wrote them. */
export function SurveyComments({ result }: { result: SurveyQuestionResult }) {
  if (result.comments.length === 0) return null;
  return (
    <ul aria-label={`Comments: ${result.prompt}`} className="flex flex-col gap-1">
      {result.comments.map((comment, index) => (
        <li key={index} className="rounded-md bg-zinc-950/60 px-2.5 py-1.5 text-sm text-zinc-200">
          <span className="whitespace-pre-wrap">{comment.text}</span>
          <span className="ml-2 text-xs text-zinc-500">
            {comment.by ? `— ${comment.by}` : "— anonymous"}
            {comment.score !== null && ` (${comment.score}/5)`}
          </span>
        </li>
      ))}
    </ul>
  );
}
